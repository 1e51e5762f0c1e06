"""Fault injection: errors, 429 bursts, latency, stalls and dropped connections, seeded to repeat.

Off by default. Set per app with `MockConfig(faults=FaultConfig(...))`, or per request with the
`X-Mock-Fault` header when the app was created with `allow_fault_header=True`.

A dropped connection is signalled by raising `DropConnection`, a subclass of
`httpx.RemoteProtocolError`: in-process (httpx.ASGITransport, Starlette's TestClient) the caller
gets that exception directly; over real HTTP, `clientgen.testing.server` closes the socket without
a response and httpx raises `httpx.RemoteProtocolError` ("Server disconnected without sending a
response").
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

import httpx

FAULT_HEADER = "X-Mock-Fault"

FaultKind = Literal["none", "error", "429", "drop-before", "drop-after", "stall-after"]


class DropConnection(httpx.RemoteProtocolError):
    """Raised to drop the connection without a response (see the module docstring)."""

    def __init__(self, when: str) -> None:
        super().__init__(f"mock dropped the connection {when} (fault injection)")
        self.when = when


@dataclass(frozen=True, slots=True)
class FaultConfig:
    """Per-app fault rates. Every rate is a probability per request in [0, 1].

    - error_rate: answer with one of `error_statuses` (vendor-shaped body) without touching state.
    - latency_ms / latency_jitter_ms: delay every response by latency + uniform(0, jitter).
    - burst_429: length of a burst of 429 answers; a burst starts with probability
      `burst_429_rate` per request, or once, on the first request, when that rate is 0.
    - retry_after_seconds: the wait the injected 429s announce (vendor seconds, time-scaled).
    - drop_before_read_rate: drop the connection before reading the body; nothing is applied.
    - drop_after_read_rate: read the body, APPLY the change, then drop without a response.
    - stall_rate / stall_seconds: APPLY the change, then hold the response back `stall_seconds`
      (vendor seconds, time-scaled): a client with a shorter timeout sees a timeout after its
      write may have landed, the hardest case for exactly-once.
    - seed: seeds the one `random.Random` the app draws from; the same seed and request order give
      the same faults.
    """

    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 503)
    latency_ms: float = 0.0
    latency_jitter_ms: float = 0.0
    burst_429: int = 0
    burst_429_rate: float = 0.0
    retry_after_seconds: float = 1.0
    drop_before_read_rate: float = 0.0
    drop_after_read_rate: float = 0.0
    stall_rate: float = 0.0
    stall_seconds: float = 30.0
    seed: int = 0

    def __post_init__(self) -> None:
        rates = {
            "error_rate": self.error_rate,
            "burst_429_rate": self.burst_429_rate,
            "drop_before_read_rate": self.drop_before_read_rate,
            "drop_after_read_rate": self.drop_after_read_rate,
            "stall_rate": self.stall_rate,
        }
        for name, rate in rates.items():
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"FaultConfig.{name}: must be within [0, 1], got {rate}")
        total = (self.error_rate + self.drop_before_read_rate + self.drop_after_read_rate) + self.stall_rate
        if total > 1.0:
            raise ValueError(
                "FaultConfig: error_rate + drop_before_read_rate + drop_after_read_rate + "
                f"stall_rate must be <= 1, got {total}"
            )
        for name, value in (
            ("latency_ms", self.latency_ms),
            ("latency_jitter_ms", self.latency_jitter_ms),
            ("burst_429", self.burst_429),
            ("retry_after_seconds", self.retry_after_seconds),
            ("stall_seconds", self.stall_seconds),
        ):
            if value < 0:
                raise ValueError(f"FaultConfig.{name}: must be >= 0, got {value}")
        if not self.error_statuses or any(not 500 <= s <= 599 for s in self.error_statuses):
            raise ValueError(f"FaultConfig.error_statuses: must be 5xx statuses, got {self.error_statuses}")

    @property
    def enabled(self) -> bool:
        return bool(
            self.error_rate
            or self.latency_ms
            or self.latency_jitter_ms
            or self.burst_429
            or self.drop_before_read_rate
            or self.drop_after_read_rate
            or self.stall_rate
        )

    @classmethod
    def parse(cls, text: str) -> FaultConfig:
        """`error_rate=0.2,latency_ms=50,seed=7` (the CLI's --faults) -> FaultConfig."""
        ints = {"burst_429", "seed"}
        floats = {
            "error_rate",
            "latency_ms",
            "latency_jitter_ms",
            "burst_429_rate",
            "retry_after_seconds",
            "drop_before_read_rate",
            "drop_after_read_rate",
            "stall_rate",
            "stall_seconds",
        }
        values: dict[str, object] = {}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, sep, raw = item.partition("=")
            name = name.strip()
            if not sep:
                raise ValueError(f"faults: {item!r} must be name=value")
            try:
                if name in ints:
                    values[name] = int(raw)
                elif name in floats:
                    values[name] = float(raw)
                elif name == "error_statuses":
                    values[name] = tuple(int(s) for s in raw.split("|"))
                else:
                    known = ", ".join(sorted(ints | floats | {"error_statuses"}))
                    raise ValueError(f"faults: unknown setting {name!r}; known: {known}")
            except ValueError as exc:
                if "unknown setting" in str(exc):
                    raise
                raise ValueError(f"faults: {name}: {raw!r} is not a number") from None
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """What to do to one request. `delay` is in vendor seconds (the app scales it)."""

    kind: FaultKind = "none"
    status: int = 0
    delay: float = 0.0
    retry_after: float = 0.0
    stall: float = 0.0  # vendor seconds to hold the response back after applying (stall-after)

    @property
    def drops(self) -> bool:
        return self.kind in ("drop-before", "drop-after")


NO_FAULT = FaultPlan()


def _seconds(token: str, what: str) -> float:
    """The seconds after `=` in a header token, within [0, 60]."""
    try:
        seconds = float(token.partition("=")[2])
    except ValueError:
        raise ValueError(f"{FAULT_HEADER}: {what} must be seconds, got {token!r}") from None
    if not 0 <= seconds <= 60:
        raise ValueError(f"{FAULT_HEADER}: {what} must be within [0, 60], got {seconds}")
    return seconds


def parse_fault_header(value: str) -> FaultPlan:
    """Comma-separated: `500`..`599`, `429`, `drop-before`, `drop-after`, `stall-after=2` (seconds),
    `delay=0.5` (seconds)."""
    kind: FaultKind = "none"
    status = 0
    delay = stall = 0.0
    for token in filter(None, (t.strip().lower() for t in value.split(","))):
        if token.startswith("delay="):
            delay = _seconds(token, "delay")
        elif token in ("drop-before", "drop-after"):
            kind = "drop-before" if token == "drop-before" else "drop-after"
        elif token.startswith("stall-after="):
            kind, stall = "stall-after", _seconds(token, "stall")
        elif token == "429":
            kind, status = "429", 429
        elif token.isdigit() and 500 <= int(token) <= 599:
            kind, status = "error", int(token)
        else:
            raise ValueError(
                f"{FAULT_HEADER}: unknown fault {token!r}; use 500-599, 429, drop-before, "
                "drop-after, stall-after=<seconds> or delay=<seconds>"
            )
    return FaultPlan(kind=kind, status=status, delay=delay, retry_after=1.0, stall=stall)


class FaultInjector:
    """Draws one plan per request from a seeded generator.

    Every request consumes the same number of draws whatever the outcome, so a given seed and
    request order always produce the same faults.
    """

    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self._random = random.Random(config.seed)
        self._burst_left = 0
        self._burst_started = False

    def reset(self) -> None:
        self._random = random.Random(self.config.seed)
        self._burst_left = 0
        self._burst_started = False

    def plan(self) -> FaultPlan:
        config = self.config
        if not config.enabled:
            return NO_FAULT
        draw_kind, draw_status, draw_jitter, draw_burst = (self._random.random() for _ in range(4))
        delay = (config.latency_ms + draw_jitter * config.latency_jitter_ms) / 1000.0
        if config.burst_429 and self._burst_left == 0:
            if config.burst_429_rate:
                if draw_burst < config.burst_429_rate:
                    self._burst_left = config.burst_429
            elif not self._burst_started:
                self._burst_left = config.burst_429
            self._burst_started = True
        if self._burst_left:
            self._burst_left -= 1
            return FaultPlan("429", 429, delay, config.retry_after_seconds)
        edge = config.drop_before_read_rate
        if draw_kind < edge:
            return FaultPlan("drop-before", 0, delay)
        edge += config.drop_after_read_rate
        if draw_kind < edge:
            return FaultPlan("drop-after", 0, delay)
        edge += config.stall_rate
        if draw_kind < edge:
            return FaultPlan("stall-after", 0, delay, stall=config.stall_seconds)
        edge += config.error_rate
        if draw_kind < edge:
            statuses = config.error_statuses
            status = statuses[min(len(statuses) - 1, int(draw_status * len(statuses)))]
            return FaultPlan("error", status, delay)
        return FaultPlan("none", 0, delay)
