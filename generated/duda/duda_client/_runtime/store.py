"""The limiter-store contract: named buckets and atomic reserve/observe operations."""

from __future__ import annotations

from typing import NamedTuple, Protocol

from .policy import BASE_PROFILE, RateLimitPolicy

__all__ = ["AsyncLimiterStore", "Bucket", "LimiterStore", "buckets_for"]


class Bucket(NamedTuple):
    """One limiter state: `name` is `{vendor}:{credential_key}:{profile}`, stores add a prefix."""

    name: str
    policy: RateLimitPolicy


class LimiterStore(Protocol):
    """Where limiter state lives; every method is atomic across all its callers."""

    def reserve(self, buckets: tuple[Bucket, ...]) -> float:
        """Book one request in every bucket at the earliest time all allow; seconds to wait."""
        ...

    def observe_remaining(self, bucket: Bucket, remaining: int) -> None:
        """Merge the server's "requests left" into the bucket, never lowering our usage."""
        ...


class AsyncLimiterStore(Protocol):
    """The async twin of `LimiterStore`."""

    async def areserve(self, buckets: tuple[Bucket, ...]) -> float: ...

    async def aobserve_remaining(self, bucket: Bucket, remaining: int) -> None: ...


def buckets_for(policy: RateLimitPolicy, key: str, profile: str | None) -> tuple[Bucket, ...]:
    """The buckets a request must fit: the base bucket, plus its profile's stricter one."""
    base = Bucket(f"{key}:{BASE_PROFILE}", policy)
    if profile is None:
        return (base,)
    return (Bucket(f"{key}:{profile}", policy.profile(profile)), base)
