"""Client-side rate limiting: wait our turn before the vendor has to answer 429.

Reservation based (GCRA style): `reserve` atomically books the next free slot and returns how
long to wait before sending, so concurrent callers queue up spaced out instead of stampeding.
State lives in a pluggable store: in-process by default, Redis when several processes share one
API user.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .memory_store import InMemoryStore, default_store
from .policy import RateLimitPolicy
from .store import AsyncLimiterStore, Bucket, LimiterStore, Observation, buckets_for

__all__ = [
    "AsyncLimiterStore",
    "AsyncRateLimiter",
    "Bucket",
    "InMemoryStore",
    "LimiterStore",
    "RateLimiter",
    "buckets_for",
]


class _LimiterBase:
    """Buckets per (key, profile), built once, and the server reports waiting to be merged.

    A "requests left" report is held until the next `reserve` for its key and merged by the same
    store call (as of when it was seen): one store operation per request instead of two, which
    for Redis is one round trip instead of two. The result is the one merging it at once gives.
    """

    def __init__(self, policy: RateLimitPolicy, store: object) -> None:
        self.policy = policy
        self._cache: dict[tuple[str, str | None], tuple[Bucket, ...]] = {}
        self._pending: dict[str, tuple[int, float]] = {}
        clock = getattr(store, "clock", None)
        self._clock: Callable[[], float] = clock if callable(clock) else time.monotonic

    def buckets(self, key: str, profile: str | None) -> tuple[Bucket, ...]:
        found = self._cache.get((key, profile))
        if found is None:
            found = self._cache[key, profile] = buckets_for(self.policy, key, profile)
        return found

    def _note(self, key: str, remaining: int) -> None:
        if type(remaining) is not int:  # exactly int: a bool is not a count
            raise TypeError("observe_remaining: remaining must be an int")
        self._pending[key] = (remaining, self._clock())

    def _take(self, key: str) -> Observation | None:
        """The report waiting for `key`, aged, for the base bucket (None if there is none)."""
        pending = self._pending.pop(key, None)
        if pending is None:
            return None
        remaining, seen = pending
        base = self.buckets(key, None)
        return Observation(base[0], remaining, self._clock() - seen)


class RateLimiter(_LimiterBase):
    """Per-credential limiter; `key` is usually `{vendor}:{credential_key}`."""

    def __init__(self, policy: RateLimitPolicy, store: LimiterStore | None = None) -> None:
        self.store = store if store is not None else default_store()
        super().__init__(policy, self.store)

    def reserve(self, key: str, profile: str | None = None) -> float:
        """Reserve the next slot; the seconds to wait before sending (0.0 if free now)."""
        buckets = self.buckets(key, profile)
        if self._pending:
            return self.store.reserve(buckets, self._take(key))
        return self.store.reserve(buckets)

    def observe_remaining(self, key: str, remaining: int) -> None:
        """The server reports `remaining` requests left: our level rises to match (never falls)
        from the next reservation on, as of now."""
        self._note(key, remaining)

    def pause(self, key: str, profile: str | None, seconds: float) -> None:
        """The server answered 429 asking for `seconds`: the whole credential waits it out."""
        self._pending.pop(key, None)  # older than the refusal: the pause supersedes it
        self.store.pause(self.buckets(key, profile), seconds)

    def generation(self, key: str, profile: str | None = None) -> int:
        """Moves whenever a pause lands on these buckets (see `LimiterStore.generation`)."""
        return self.store.generation(self.buckets(key, profile))

    def __repr__(self) -> str:
        return f"RateLimiter(algorithm={self.policy.algorithm!r}, store={type(self.store).__name__})"


class AsyncRateLimiter(_LimiterBase):
    """`RateLimiter` for asyncio code; works with `InMemoryStore` and `AsyncRedisStore`."""

    def __init__(self, policy: RateLimitPolicy, store: AsyncLimiterStore | None = None) -> None:
        self.store = store if store is not None else default_store()
        super().__init__(policy, self.store)

    async def reserve(self, key: str, profile: str | None = None) -> float:
        """Reserve the next slot; the seconds to wait before sending (0.0 if free now)."""
        buckets = self.buckets(key, profile)
        if self._pending:
            return await self.store.areserve(buckets, self._take(key))
        return await self.store.areserve(buckets)

    async def observe_remaining(self, key: str, remaining: int) -> None:
        """See `RateLimiter.observe_remaining`."""
        self._note(key, remaining)

    async def pause(self, key: str, profile: str | None, seconds: float) -> None:
        """See `RateLimiter.pause`."""
        self._pending.pop(key, None)
        await self.store.apause(self.buckets(key, profile), seconds)

    async def generation(self, key: str, profile: str | None = None) -> int:
        """See `RateLimiter.generation`."""
        return await self.store.ageneration(self.buckets(key, profile))

    def __repr__(self) -> str:
        name = type(self.store).__name__
        return f"AsyncRateLimiter(algorithm={self.policy.algorithm!r}, store={name})"
