"""Client-side rate limiting: wait our turn before the vendor has to answer 429.

Reservation based (GCRA style): `reserve` atomically books the next free slot and returns how
long to wait before sending, so concurrent callers queue up spaced out instead of stampeding.
State lives in a pluggable store: in-process by default, Redis when several processes share one
API user.
"""

from __future__ import annotations

from .memory_store import InMemoryStore, default_store
from .policy import RateLimitPolicy
from .store import AsyncLimiterStore, Bucket, LimiterStore, buckets_for

__all__ = [
    "AsyncLimiterStore",
    "AsyncRateLimiter",
    "Bucket",
    "InMemoryStore",
    "LimiterStore",
    "RateLimiter",
    "buckets_for",
]


def _check_remaining(remaining: int) -> None:
    if type(remaining) is not int:  # exactly int: a bool is not a count
        raise TypeError("observe_remaining: remaining must be an int")


class _BucketCache:
    """`buckets_for` per (key, profile), built once: it runs on every request otherwise."""

    def __init__(self, policy: RateLimitPolicy) -> None:
        self.policy = policy
        self._cache: dict[tuple[str, str | None], tuple[Bucket, ...]] = {}

    def buckets(self, key: str, profile: str | None) -> tuple[Bucket, ...]:
        found = self._cache.get((key, profile))
        if found is None:
            found = self._cache[key, profile] = buckets_for(self.policy, key, profile)
        return found


class RateLimiter(_BucketCache):
    """Per-credential limiter; `key` is usually `{vendor}:{credential_key}`."""

    def __init__(self, policy: RateLimitPolicy, store: LimiterStore | None = None) -> None:
        super().__init__(policy)
        self.store = store if store is not None else default_store()

    def reserve(self, key: str, profile: str | None = None) -> float:
        """Reserve the next slot; the seconds to wait before sending (0.0 if free now)."""
        buckets = self._cache.get((key, profile)) or self.buckets(key, profile)
        return self.store.reserve(buckets)

    def observe_remaining(self, key: str, remaining: int) -> None:
        """The server reports `remaining` requests left: raise our level to match, never lower."""
        _check_remaining(remaining)
        buckets = self._cache.get((key, None)) or self.buckets(key, None)
        self.store.observe_remaining(buckets[0], remaining)

    def __repr__(self) -> str:
        return (
            f"RateLimiter(algorithm={self.policy.algorithm!r}, store={type(self.store).__name__})"
        )


class AsyncRateLimiter(_BucketCache):
    """`RateLimiter` for asyncio code; works with `InMemoryStore` and `AsyncRedisStore`."""

    def __init__(self, policy: RateLimitPolicy, store: AsyncLimiterStore | None = None) -> None:
        super().__init__(policy)
        self.store = store if store is not None else default_store()

    async def reserve(self, key: str, profile: str | None = None) -> float:
        """Reserve the next slot; the seconds to wait before sending (0.0 if free now)."""
        return await self.store.areserve(self.buckets(key, profile))

    async def observe_remaining(self, key: str, remaining: int) -> None:
        """The server reports `remaining` requests left: raise our level to match, never lower."""
        _check_remaining(remaining)
        await self.store.aobserve_remaining(self.buckets(key, None)[0], remaining)

    def __repr__(self) -> str:
        name = type(self.store).__name__
        return f"AsyncRateLimiter(algorithm={self.policy.algorithm!r}, store={name})"
