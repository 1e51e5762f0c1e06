"""In-process limiter state: the default store, and the reference for the Redis Lua scripts.

Leaky bucket: `level` leaks at `leak_per_second`; a request fits when level + 1 <= usable
capacity, otherwise it waits (level + 1 - usable) / leak; every reservation adds 1 either way,
so queued callers end up spaced 1/leak apart.
Sliding window: at most `usable` scheduled send times in any `window_seconds`; a request waits
until the usable-th most recent scheduled time has left the window.
Pause: a 429's wait closes the buckets until it has passed (every reservation waits it out) and
bumps their generation, so requests booked before it re-reserve instead of sending into it.
"""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .store import Bucket, Observation

__all__ = ["InMemoryStore", "default_store"]


@dataclass(slots=True)
class _Leaky:
    level: float = 0.0
    updated: float = 0.0


@dataclass(slots=True)
class _Window:
    times: list[float] = field(default_factory=list)


@dataclass(slots=True)
class _Pause:
    until: float = 0.0
    generation: int = 0


class InMemoryStore:
    """Thread-safe limiter state for one process (monotonic clock, injectable for tests)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._leaky: dict[str, _Leaky] = {}
        self._windows: dict[str, _Window] = {}
        self._pauses: dict[str, _Pause] = {}

    def _leak(self, bucket: Bucket, now: float) -> _Leaky:
        state = self._leaky.get(bucket.name)
        if state is None:
            state = self._leaky[bucket.name] = _Leaky(0.0, now)
        elapsed = now - state.updated
        if elapsed > 0.0:
            level = state.level - elapsed * (bucket.policy.leak_per_second or 0.0)
            state.level = level if level > 0.0 else 0.0
            state.updated = now
        return state

    def _window(self, bucket: Bucket, now: float) -> _Window:
        state = self._windows.get(bucket.name)
        if state is None:
            state = self._windows[bucket.name] = _Window()
        window = bucket.policy.window_seconds or 0.0
        cut = bisect.bisect_left(state.times, now - window)
        del state.times[:cut]
        return state

    def _delay(self, bucket: Bucket, now: float) -> float:
        policy = bucket.policy
        usable = policy.usable_capacity
        if policy.algorithm == "leaky_bucket":
            level = self._leak(bucket, now).level
            wait = (level + 1 - usable) / (policy.leak_per_second or 1.0)
            return wait if wait > 0.0 else 0.0
        times = self._window(bucket, now).times
        if len(times) < usable:
            return 0.0
        return max(0.0, times[-usable] + (policy.window_seconds or 0.0) - now)

    def reserve(self, buckets: tuple[Bucket, ...], observed: Observation | None = None) -> float:
        """Merge `observed`, then book one request in every bucket at the earliest time they all
        allow."""
        with self._lock:
            now = self.clock()
            if observed is not None:
                self._observe(observed.bucket, observed.remaining, observed.age, now)
            delay = 0.0
            for bucket in buckets:  # a loop, not max(genexpr): this runs on every request
                wait = self._delay(bucket, now)
                if wait > delay:
                    delay = wait
                if self._pauses:
                    pause = self._pauses.get(bucket.name)
                    if pause is not None and pause.until - now > delay:
                        delay = pause.until - now
            send_at = now + delay
            for bucket in buckets:
                if bucket.policy.algorithm == "leaky_bucket":
                    self._leaky[bucket.name].level += 1
                else:
                    bisect.insort(self._windows[bucket.name].times, send_at)
            return delay

    def observe_remaining(self, bucket: Bucket, remaining: int, age: float = 0.0) -> None:
        """Raise our usage to the server's (capacity - remaining) as of `age` seconds ago, never
        lower it."""
        with self._lock:
            self._observe(bucket, remaining, age, self.clock())

    def _observe(self, bucket: Bucket, remaining: int, age: float, now: float) -> None:
        used = bucket.policy.capacity - max(0, remaining)
        seen_at = now - max(0.0, age)
        if bucket.policy.algorithm == "leaky_bucket":
            state = self._leak(bucket, now)
            # The server's level leaked as ours did since it was reported.
            reported = used - (now - seen_at) * (bucket.policy.leak_per_second or 0.0)
            if reported > state.level:
                state.level = reported
            return
        times = self._window(bucket, now).times
        sent = bisect.bisect_right(times, seen_at)
        for _ in range(used - sent):
            bisect.insort(times, seen_at)

    def pause(self, buckets: tuple[Bucket, ...], seconds: float) -> None:
        """The server refused with a wait of `seconds`: close the buckets until then, model a
        full vendor bucket (so the requests after the wait go one slot apart) and bump the
        generation (requests booked earlier re-reserve)."""
        with self._lock:
            now = self.clock()
            for bucket in buckets:
                self._pause(bucket, max(0.0, seconds), now)

    def _pause(self, bucket: Bucket, seconds: float, now: float) -> None:
        state = self._pauses.get(bucket.name)
        if state is None:
            state = self._pauses[bucket.name] = _Pause()
        state.until = max(state.until, now + seconds)
        state.generation += 1
        policy = bucket.policy
        if policy.algorithm == "leaky_bucket":
            leaky = self._leak(bucket, now)
            # The vendor's bucket is full now and frees one slot after `seconds`: so is ours
            # (sends booked earlier are dropped from the level: they re-reserve).
            leaky.level = policy.usable_capacity - 1 + seconds * (policy.leak_per_second or 0.0)

    def generation(self, buckets: tuple[Bucket, ...]) -> int:
        """How many pauses the buckets have seen (a reservation is stale once this moves)."""
        with self._lock:
            total = 0
            for bucket in buckets:
                state = self._pauses.get(bucket.name)
                if state is not None:
                    total += state.generation
            return total

    async def apause(self, buckets: tuple[Bucket, ...], seconds: float) -> None:
        self.pause(buckets, seconds)

    async def ageneration(self, buckets: tuple[Bucket, ...]) -> int:
        return self.generation(buckets)

    async def areserve(self, buckets: tuple[Bucket, ...], observed: Observation | None = None) -> float:
        """Async alias: the lock is only held for arithmetic, never across an await."""
        return self.reserve(buckets, observed)

    async def aobserve_remaining(self, bucket: Bucket, remaining: int, age: float = 0.0) -> None:
        self.observe_remaining(bucket, remaining, age)

    def __repr__(self) -> str:
        return f"InMemoryStore(buckets={len(self._leaky) + len(self._windows)})"


_DEFAULT: InMemoryStore | None = None
_DEFAULT_LOCK = threading.Lock()


def default_store() -> InMemoryStore:
    """The process-wide store, so every client in a process using one credential shares a bucket."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = InMemoryStore()
        return _DEFAULT
