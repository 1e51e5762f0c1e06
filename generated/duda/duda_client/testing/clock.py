"""Time for the mocks: real or fake, optionally running faster than wall time.

Rate limits, 429 waits and injected latency all read one `Clock`, so a test can drive time by hand
(`FakeClock`) and a benchmark can run a vendor's limits ten times faster (`time_scale`).
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the mocks need from time: a monotonic reading, the wall date, and a way to wait."""

    def now(self) -> float:
        """Monotonic seconds (real seconds, unscaled)."""
        ...

    def wall(self) -> datetime:
        """The current UTC date and time, for timestamps stored on objects."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds` of this clock's time."""
        ...


class MonotonicClock:
    """The real clock."""

    def now(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)


class FakeClock:
    """A clock that only moves when told to, so rate-limit arithmetic is exact in tests.

    `sleep` advances the clock instead of waiting, so injected latency costs no real time.
    """

    EPOCH = datetime(2026, 1, 1, tzinfo=UTC)

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def wall(self) -> datetime:
        return self.EPOCH + timedelta(seconds=self._now)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"seconds: must be >= 0, got {seconds}")
        self._now += seconds

    async def sleep(self, seconds: float) -> None:
        self.advance(max(0.0, seconds))
        await asyncio.sleep(0)


class TimeScale:
    """Converts between vendor seconds (as the docs state them) and real seconds on the clock.

    With `factor` 10, a bucket that leaks 2/s leaks 20 per real second and a 0.5 s wait takes
    0.05 real seconds. Durations the mock reports (Retry-After, Duoplane-Retry-After-Seconds, the
    body's retry_after_seconds) stay in vendor ("scaled") seconds, as whole numbers where the spec
    says integer: divide by the factor for real seconds.
    """

    def __init__(self, factor: float = 1.0) -> None:
        if not factor > 0:
            raise ValueError(f"time_scale: must be > 0, got {factor}")
        self.factor = factor

    def to_real(self, vendor_seconds: float) -> float:
        return vendor_seconds / self.factor

    def to_vendor(self, real_seconds: float) -> float:
        return real_seconds * self.factor

    def rate_to_real(self, per_vendor_second: float) -> float:
        return per_vendor_second * self.factor
