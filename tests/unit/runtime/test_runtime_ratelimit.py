"""Limiter maths on the in-memory store, and a simulated run against a vendor-side bucket."""

from __future__ import annotations

import random
import threading

import httpx
import pytest
from clientgen.runtime.memory_store import InMemoryStore, default_store
from clientgen.runtime.policy import RateLimitPolicy
from clientgen.runtime.ratelimit import AsyncRateLimiter, RateLimiter
from clientgen.runtime.store import Bucket, Observation, buckets_for
from clientgen.runtime.transport import PolicyTransport
from unit.runtime.runtime_support import (
    LEAKY_DICT,
    FakeClock,
    VendorBucket,
    client_policy,
    leaky_policy,
)


def window_policy(capacity: int, window: float, headroom: int = 0) -> RateLimitPolicy:
    return RateLimitPolicy.from_dict(
        {
            "algorithm": "sliding_window",
            "capacity": capacity,
            "window_seconds": window,
            "headroom": headroom,
        }
    )


def limiter(policy: RateLimitPolicy, clock: FakeClock) -> RateLimiter:
    return RateLimiter(policy, InMemoryStore(clock))


# --- leaky bucket --------------------------------------------------------------------------


def test_leaky_bucket_burst_then_queue_spaced_by_leak(clock: FakeClock) -> None:
    lim = limiter(leaky_policy(), clock)
    waits = [lim.reserve("k") for _ in range(44)]
    assert waits[:40] == [0.0] * 40
    assert waits[40:] == [0.5, 1.0, 1.5, 2.0]  # queued callers are 1/leak apart


def test_leaky_bucket_leaks_over_time(clock: FakeClock) -> None:
    lim = limiter(leaky_policy(capacity=4, leak_per_second=2.0), clock)
    assert [lim.reserve("k") for _ in range(4)] == [0.0] * 4
    assert lim.reserve("k") == 0.5
    clock.now += 10  # bucket fully drained
    assert [lim.reserve("k") for _ in range(4)] == [0.0] * 4
    clock.now += 1.0  # two leaked
    assert [lim.reserve("k") for _ in range(3)] == [0.0, 0.0, 0.5]


def test_leaky_bucket_headroom_keeps_slots_free(clock: FakeClock) -> None:
    lim = limiter(leaky_policy(capacity=5, headroom=2), clock)
    assert [lim.reserve("k") for _ in range(4)] == [0.0, 0.0, 0.0, 0.5]


def test_keys_are_independent(clock: FakeClock) -> None:
    lim = limiter(leaky_policy(capacity=1), clock)
    assert lim.reserve("acme:user-a") == 0.0
    assert lim.reserve("acme:user-b") == 0.0
    assert lim.reserve("acme:user-a") == 0.5


def test_observe_remaining_raises_level_never_lowers(clock: FakeClock) -> None:
    lim = limiter(leaky_policy(), clock)
    lim.reserve("k")
    lim.observe_remaining("k", 10)  # someone else used 29 more: level 30
    assert [lim.reserve("k") for _ in range(10)] == [0.0] * 10  # 40 now
    assert lim.reserve("k") == 0.5
    lim.observe_remaining("k", 40)  # server says empty: we keep our (higher) level
    assert lim.reserve("k") == 1.0
    with pytest.raises(TypeError):
        lim.observe_remaining("k", "3")  # type: ignore[arg-type]


# --- sliding window ------------------------------------------------------------------------


def test_sliding_window_reserve_sequence(clock: FakeClock) -> None:
    lim = limiter(window_policy(3, 1.0), clock)
    assert [lim.reserve("k") for _ in range(7)] == [0, 0, 0, 1.0, 1.0, 1.0, 2.0]
    clock.now += 0.5
    # the 3rd most recent booking is at +1.0, so the next free slot is +2.0
    assert lim.reserve("k") == pytest.approx(1.5)


def test_sliding_window_frees_slots_as_time_passes(clock: FakeClock) -> None:
    lim = limiter(window_policy(2, 1.0), clock)
    assert [lim.reserve("k") for _ in range(2)] == [0.0, 0.0]
    clock.now += 0.4
    assert lim.reserve("k") == pytest.approx(0.6)
    clock.now += 0.6  # the first two bookings are now exactly one window old
    assert lim.reserve("k") == 0.0
    assert lim.reserve("k") == pytest.approx(1.0)


def test_sliding_window_never_more_than_capacity_in_any_window(clock: FakeClock) -> None:
    policy = window_policy(10, 1.0, headroom=2)
    lim = limiter(policy, clock)
    rng = random.Random(3)
    sends: list[float] = []
    for _ in range(300):
        clock.now += rng.choice([0.0, 0.0, 0.01, 0.05, 0.3])
        sends.append(clock.now + lim.reserve("k"))
    sends.sort()
    for i, start in enumerate(sends):
        in_window = [t for t in sends[i:] if t < start + 1.0 - 1e-9]
        assert len(in_window) <= 8


def test_sliding_window_observe_remaining(clock: FakeClock) -> None:
    lim = limiter(window_policy(5, 1.0), clock)
    lim.reserve("k")
    lim.observe_remaining("k", 1)  # server counted 4 in the window
    assert lim.reserve("k") == 0.0
    assert lim.reserve("k") == 1.0


# --- profiles ------------------------------------------------------------------------------


def test_profile_counts_against_profile_and_base(clock: FakeClock) -> None:
    policy = RateLimitPolicy.from_dict(
        {
            "algorithm": "sliding_window",
            "capacity": 10,
            "window_seconds": 1.0,
            "profiles": {
                "batch": {"algorithm": "sliding_window", "capacity": 8, "window_seconds": 1}
            },
        }
    )
    lim = limiter(policy, clock)
    batch = [lim.reserve("k", "batch") for _ in range(9)]
    assert batch == [0.0] * 8 + [1.0]
    # the 9th batch request is booked in the base bucket too, leaving one base slot now
    assert [lim.reserve("k") for _ in range(3)] == [0.0, 1.0, 1.0]
    with pytest.raises(ValueError, match="unknown profile"):
        lim.reserve("k", "bulk")


# --- concurrency ---------------------------------------------------------------------------


def test_memory_store_reservations_are_atomic_across_threads(clock: FakeClock) -> None:
    lim = limiter(leaky_policy(capacity=10, leak_per_second=5.0), clock)
    waits: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(4)

    def worker() -> None:
        barrier.wait()
        for _ in range(50):
            wait = lim.reserve("k")
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = [max(0.0, (k + 1 - 10) / 5.0) for k in range(200)]
    assert sorted(waits) == pytest.approx(expected)  # every slot handed out exactly once


@pytest.mark.asyncio
async def test_async_limiter_on_memory_store(clock: FakeClock) -> None:
    lim = AsyncRateLimiter(leaky_policy(capacity=2), InMemoryStore(clock))
    assert [await lim.reserve("k") for _ in range(3)] == [0.0, 0.0, 0.5]
    clock.now += 1.5  # level 3 -> 0
    await lim.observe_remaining("k", 0)  # the server says its bucket (2) is full
    assert await lim.reserve("k") == pytest.approx(0.5)


def test_default_store_is_shared_per_process() -> None:
    assert default_store() is default_store()
    assert RateLimiter(leaky_policy()).store is default_store()


# --- simulated run against the vendor's bucket ---------------------------------------------


def vendor_transport(
    vendor: VendorBucket, clock: FakeClock, store: InMemoryStore, *, observe: bool = True
) -> PolicyTransport:
    rate_limit = dict(LEAKY_DICT, remaining_header="Duoplane-Requests-Left" if observe else None)
    policy = client_policy(rate_limit=rate_limit)
    assert policy.rate_limit is not None
    return PolicyTransport(
        policy,
        inner=httpx.MockTransport(vendor),
        limiter=RateLimiter(policy.rate_limit, store),
        sleep=clock.sleep,
        clock=clock,
        rng=random.Random(0),
    )


def test_200_requests_never_overflow_the_vendor_bucket(clock: FakeClock) -> None:
    vendor = VendorBucket(clock, level=15.0)  # someone used 15 before we started
    store = InMemoryStore(clock)
    start = clock.now
    # two clients in this process share the credential, hence one limiter bucket
    with (
        httpx.Client(
            base_url="https://x.test", transport=vendor_transport(vendor, clock, store)
        ) as a,
        httpx.Client(
            base_url="https://x.test", transport=vendor_transport(vendor, clock, store)
        ) as b,
    ):
        for i in range(200):
            client = a if i % 3 else b
            response = client.get("/orders/1", extensions={"clientgen_operation": "get_order"})
            assert response.status_code == 200
    assert vendor.overflows == 0 and vendor.served == 200
    # not needlessly slow either: the bucket drains at 2/s
    assert clock.now - start < (200 + 15 - 40) / 2.0 + 5


def test_without_the_remaining_header_the_same_run_overflows(clock: FakeClock) -> None:
    vendor = VendorBucket(clock, level=15.0)
    transport = vendor_transport(vendor, clock, InMemoryStore(clock), observe=False)
    with httpx.Client(base_url="https://x.test", transport=transport) as client:
        for _ in range(60):
            client.get("/orders/1", extensions={"clientgen_operation": "get_order"})
    assert vendor.overflows > 0  # what the header merge prevents above


def test_foreign_bursts_cost_at_most_one_429_each_and_are_retried(clock: FakeClock) -> None:
    vendor = VendorBucket(clock)
    transport = vendor_transport(vendor, clock, InMemoryStore(clock))
    with httpx.Client(base_url="https://x.test", transport=transport) as client:
        for i in range(120):
            if i in (60, 90):
                vendor.foreign_requests(10)  # an unshared process bursts mid-run
            response = client.get("/orders/1", extensions={"clientgen_operation": "get_order"})
            assert response.status_code == 200
    assert vendor.overflows <= 2 and vendor.served == 120


# --- reports merged with the next reservation ----------------------------------------------


@pytest.mark.parametrize("policy", [leaky_policy(), window_policy(5, 1.0)], ids=["leaky", "window"])
@pytest.mark.parametrize("age", [0.0, 0.3, 2.5])
def test_a_report_merged_late_counts_as_if_merged_when_seen(
    policy: RateLimitPolicy, age: float
) -> None:
    at_once, later = FakeClock(), FakeClock()
    first, second = InMemoryStore(at_once), InMemoryStore(later)
    buckets = buckets_for(policy, "k", None)
    for store in (first, second):
        store.reserve(buckets)
    first.observe_remaining(buckets[0], 1)
    at_once.now += age
    later.now += age
    merged = [second.reserve(buckets, Observation(buckets[0], 1, age))]
    merged += [second.reserve(buckets) for _ in range(4)]
    assert merged == pytest.approx([first.reserve(buckets) for _ in range(5)])


class CountingStore(InMemoryStore):
    """Counts store operations: the limiter should make one per request."""

    calls = 0

    def reserve(self, buckets: tuple[Bucket, ...], observed: Observation | None = None) -> float:
        self.calls += 1
        return super().reserve(buckets, observed)

    def observe_remaining(self, bucket: Bucket, remaining: int, age: float = 0.0) -> None:
        self.calls += 1
        super().observe_remaining(bucket, remaining, age)


def test_one_store_operation_per_request(clock: FakeClock) -> None:
    store = CountingStore(clock)
    lim = RateLimiter(leaky_policy(), store)
    for _ in range(10):
        lim.reserve("k")
        lim.observe_remaining("k", 30)  # the response's report
    assert store.calls == 10
    clock.now += 0.1
    assert lim.reserve("k") == 0.0  # level ~10 after the merged report, far from full
