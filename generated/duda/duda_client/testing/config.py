"""How one mock app behaves: faults, time, rate limits, response checking."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock
from .faults import FaultConfig
from .quirks import Quirks


@dataclass(frozen=True, slots=True)
class MockConfig:
    """Settings for `create_app`. The defaults give a faithful, fault-free mock on the real clock.

    - faults: per-app fault injection (off by default).
    - allow_fault_header: honour `X-Mock-Fault` on individual requests (tests only).
    - time_scale: run the vendor's time N times faster (2/s leak becomes 2*N per real second,
      waits N times shorter). Every duration in a header is in real seconds.
    - clock: inject a clock (e.g. `FakeClock`) instead of the monotonic one.
    - rate_limit: enforce the vendor's documented limit per API user (Duoplane's leaky bucket,
      Duda 10/s, Duel 1500/min). Turn off for fuzzing that should never see a 429.
    - validate_responses: check each response against the spec before sending it; a
      non-conforming one becomes a 500 naming the problem (a mock bug, never a 4xx).
    - seed_data: load the demo data (members, events, assets, a few orders) per tenant.
    - spec: serve this document instead of `clientgen.testing.spec.load_spec(vendor)`.
    - quirks: realistic-vendor mode (`clientgen.testing.quirks`): responses that stray from the
      spec the way real servers do, applied after `validate_responses`. Off by default.
    """

    faults: FaultConfig = field(default_factory=FaultConfig)
    allow_fault_header: bool = False
    time_scale: float = 1.0
    clock: Clock | None = None
    rate_limit: bool = True
    validate_responses: bool = False
    seed_data: bool = True
    spec: Mapping[str, Any] | None = None
    quirks: Quirks = field(default_factory=Quirks)

    def __post_init__(self) -> None:
        if not self.time_scale > 0:
            raise ValueError(f"MockConfig.time_scale: must be > 0, got {self.time_scale}")
