"""Server-side rate limits, per credential: a leaky bucket (Duoplane) and a sliding window.

Rates and waits are in real seconds of the injected clock; `clock.TimeScale` converts the vendor's
documented numbers before they get here.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Protocol

from .clock import Clock


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one request: whether it may proceed, and what the headers should say."""

    allowed: bool
    remaining: int
    retry_after: float  # seconds until a request would be accepted; 0 when allowed


class Limiter(Protocol):
    def hit(self, key: str) -> Decision:
        """Spend one request for `key` if it fits."""
        ...

    def peek(self, key: str) -> Decision:
        """The allowance right now, spending nothing (for responses that never reached it)."""
        ...

    def reset(self) -> None: ...


@dataclass(slots=True)
class _Bucket:
    level: float = 0.0
    updated: float = 0.0
    penalty_until: float | None = None


class LeakyBucket:
    """A bucket of `capacity` that drains `leak_per_second`; each request adds one.

    A request that does not fit gets a 429 telling it how long until one slot is free. A caller
    who keeps calling during that wait is penalised: each such request is refused and pushes the
    wait out by one slot's drain time (1 / leak rate), as Duoplane documents ("requests made after
    the limit was exceeded increase the time you must wait"). The first request after the wait
    fits, because the bucket has drained by then.
    """

    def __init__(self, clock: Clock, *, capacity: int, leak_per_second: float) -> None:
        if capacity < 1:
            raise ValueError(f"capacity: must be >= 1, got {capacity}")
        if not leak_per_second > 0:
            raise ValueError(f"leak_per_second: must be > 0, got {leak_per_second}")
        self.clock = clock
        self.capacity = capacity
        self.leak_per_second = leak_per_second
        self._buckets: dict[str, _Bucket] = {}

    def reset(self) -> None:
        self._buckets.clear()

    def _drain(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(updated=now)
        elapsed = max(0.0, now - bucket.updated)
        bucket.level = max(0.0, bucket.level - elapsed * self.leak_per_second)
        bucket.updated = now
        return bucket

    def peek(self, key: str) -> Decision:
        now = self.clock.now()
        bucket = self._drain(key, now)
        if bucket.penalty_until is not None and now < bucket.penalty_until - 1e-9:
            return Decision(False, 0, bucket.penalty_until - now)
        return Decision(True, self._left(bucket), 0.0)

    def _left(self, bucket: _Bucket) -> int:
        # A tiny epsilon keeps float drift from reporting 39 after exactly 0.5 s of draining.
        return max(0, math.floor(self.capacity - bucket.level + 1e-9))

    def hit(self, key: str) -> Decision:
        now = self.clock.now()
        bucket = self._drain(key, now)
        slot = 1.0 / self.leak_per_second
        if bucket.penalty_until is not None and now < bucket.penalty_until - 1e-9:
            bucket.penalty_until += slot
            return Decision(False, 0, bucket.penalty_until - now)
        bucket.penalty_until = None
        if bucket.level + 1.0 <= self.capacity + 1e-9:
            bucket.level += 1.0
            return Decision(True, self._left(bucket), 0.0)
        wait = (bucket.level + 1.0 - self.capacity) / self.leak_per_second
        bucket.penalty_until = now + wait
        return Decision(False, 0, wait)


@dataclass(slots=True)
class _Window:
    hits: deque[float] = field(default_factory=deque)


class SlidingWindow:
    """At most `capacity` requests in any `window_seconds` (Duel per minute, Duda per second)."""

    def __init__(self, clock: Clock, *, capacity: int, window_seconds: float) -> None:
        if capacity < 1:
            raise ValueError(f"capacity: must be >= 1, got {capacity}")
        if not window_seconds > 0:
            raise ValueError(f"window_seconds: must be > 0, got {window_seconds}")
        self.clock = clock
        self.capacity = capacity
        self.window_seconds = window_seconds
        self._windows: dict[str, _Window] = {}

    def reset(self) -> None:
        self._windows.clear()

    def _current(self, key: str) -> tuple[float, _Window]:
        now = self.clock.now()
        window = self._windows.setdefault(key, _Window())
        while window.hits and window.hits[0] <= now - self.window_seconds:
            window.hits.popleft()
        return now, window

    def peek(self, key: str) -> Decision:
        now, window = self._current(key)
        if len(window.hits) < self.capacity:
            return Decision(True, self.capacity - len(window.hits), 0.0)
        return Decision(False, 0, window.hits[0] + self.window_seconds - now)

    def hit(self, key: str) -> Decision:
        now, window = self._current(key)
        if len(window.hits) < self.capacity:
            window.hits.append(now)
            return Decision(True, self.capacity - len(window.hits), 0.0)
        return Decision(False, 0, window.hits[0] + self.window_seconds - now)


class Unlimited:
    """No limit (MockConfig(rate_limit=False), e.g. for fuzzing); reports a constant allowance."""

    def __init__(self, remaining: int = 0) -> None:
        self._remaining = remaining

    def hit(self, key: str) -> Decision:
        return Decision(True, self._remaining, 0.0)

    def peek(self, key: str) -> Decision:
        return Decision(True, self._remaining, 0.0)

    def reset(self) -> None:
        return None
