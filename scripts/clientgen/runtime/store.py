"""The limiter-store contract: named buckets and atomic reserve/observe operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, Protocol

from .policy import BASE_PROFILE, RateLimitPolicy

__all__ = ["AsyncLimiterStore", "Bucket", "LimiterStore", "Observation", "buckets_for"]


class Bucket(NamedTuple):
    """One limiter state: `name` is `{vendor}:{credential_key}:{profile}`, stores add a prefix."""

    name: str
    policy: RateLimitPolicy


class Observation(NamedTuple):
    """The server said `remaining` requests were left in `bucket`, `age` seconds ago."""

    bucket: Bucket
    remaining: int
    age: float


class LimiterStore(Protocol):
    """Where limiter state lives; every method is atomic across all its callers.

    `clock` is the timeline observations' ages are measured on (a store using a server's clock
    still measures durations in real seconds, so `time.monotonic` serves). A store doing I/O
    should set `uses_deadline = True` and cut each call to `deadline.store_budget(its_timeout)`:
    the transport then runs its calls within the request's deadline.
    """

    @property
    def clock(self) -> Callable[[], float]: ...

    def reserve(self, buckets: tuple[Bucket, ...], observed: Observation | None = None) -> float:
        """Merge `observed` (as of its age), then book one request in every bucket at the
        earliest time all allow; seconds to wait. One call, so one round trip for a remote
        store."""
        ...

    def observe_remaining(self, bucket: Bucket, remaining: int, age: float = 0.0) -> None:
        """Merge the server's "requests left" (as of `age` seconds ago) into the bucket, never
        lowering our usage."""
        ...

    def pause(self, buckets: tuple[Bucket, ...], seconds: float) -> None:
        """The server refused (429) with a wait of `seconds`: every reservation on these buckets
        waits it out, the level is set to the vendor's full bucket, the generation moves."""
        ...

    def generation(self, buckets: tuple[Bucket, ...]) -> int:
        """A counter that moves on every pause: a reservation made before a move is stale."""
        ...


class AsyncLimiterStore(Protocol):
    """The async twin of `LimiterStore`."""

    @property
    def clock(self) -> Callable[[], float]: ...

    async def areserve(
        self, buckets: tuple[Bucket, ...], observed: Observation | None = None
    ) -> float: ...

    async def aobserve_remaining(
        self, bucket: Bucket, remaining: int, age: float = 0.0
    ) -> None: ...

    async def apause(self, buckets: tuple[Bucket, ...], seconds: float) -> None: ...

    async def ageneration(self, buckets: tuple[Bucket, ...]) -> int: ...


def buckets_for(policy: RateLimitPolicy, key: str, profile: str | None) -> tuple[Bucket, ...]:
    """The buckets a request must fit: the base bucket, plus its profile's stricter one."""
    base = Bucket(f"{key}:{BASE_PROFILE}", policy)
    if profile is None:
        return (base,)
    return (Bucket(f"{key}:{profile}", policy.profile(profile)), base)
