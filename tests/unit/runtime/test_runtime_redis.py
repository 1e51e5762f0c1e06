"""Redis limiter stores against a real, private redis-server (skipped when the binary is absent)."""

from __future__ import annotations

import asyncio
import multiprocessing
import random
import threading
from collections.abc import Callable, Iterator
from typing import cast

import httpx
import pytest
import redis
import redis.asyncio
from clientgen.runtime.auth import BasicAuth, credential_key
from clientgen.runtime.memory_store import InMemoryStore
from clientgen.runtime.policy import RateLimitPolicy
from clientgen.runtime.ratelimit import AsyncRateLimiter, RateLimiter
from clientgen.runtime.redis_store import AsyncRedisStore, RedisStore
from clientgen.runtime.store import Bucket, LimiterStore
from clientgen.runtime.transport import AsyncPolicyTransport, PolicyTransport
from unit.runtime.runtime_support import (
    LEAKY_DICT,
    SENTINEL_SECRET,
    SENTINEL_USER,
    FakeClock,
    VendorBucket,
    client_policy,
    contains_sentinel,
    leaky_policy,
)

pytestmark = pytest.mark.redis


def window_policy(capacity: int, window: float) -> RateLimitPolicy:
    return RateLimitPolicy.from_dict(
        {"algorithm": "sliding_window", "capacity": capacity, "window_seconds": window}
    )


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


def text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def max_in_any_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best = 0
    for i, start in enumerate(times):
        best = max(best, sum(1 for t in times[i:] if t < start + window - 1e-6))
    return best


def leaky_peak(times: list[float], leak: float) -> float:
    """The highest level a vendor's leaky bucket reaches for requests sent at `times`."""
    level, last, peak = 0.0, None, 0.0
    for t in sorted(times):
        if last is not None:
            level = max(0.0, level - (t - last) * leak)
        level, last = level + 1, t
        peak = max(peak, level)
    return peak


# --- same maths as the in-memory reference -------------------------------------------------


def scenario(make: Callable[[FakeClock], RateLimiter]) -> list[float]:
    clock = FakeClock()
    leaky = make(clock)
    out = [leaky.reserve("acme:k") for _ in range(6)]
    clock.now += 1.25
    out += [leaky.reserve("acme:k") for _ in range(3)]
    leaky.observe_remaining("acme:k", 0)
    out.append(leaky.reserve("acme:k"))
    return out


def window_scenario(make: Callable[[FakeClock], RateLimiter]) -> list[float]:
    clock = FakeClock()
    lim = make(clock)
    out = [lim.reserve("acme:w", "batch") for _ in range(4)]
    out += [lim.reserve("acme:w") for _ in range(4)]
    clock.now += 0.5
    out += [lim.reserve("acme:w") for _ in range(2)]
    lim.observe_remaining("acme:w", 0)
    clock.now += 2.0
    out.append(lim.reserve("acme:w"))
    return out


def test_redis_matches_memory_store(redis_client: redis.Redis) -> None:
    leaky = leaky_policy(capacity=4, leak_per_second=2.0)
    memory = scenario(lambda c: RateLimiter(leaky, InMemoryStore(c)))
    remote = scenario(lambda c: RateLimiter(leaky, RedisStore(redis_client, "t1", clock=c)))
    assert remote == pytest.approx(memory)
    assert memory[:5] == [0.0, 0.0, 0.0, 0.0, 0.5]

    sliding = RateLimitPolicy.from_dict(
        {
            "algorithm": "sliding_window",
            "capacity": 5,
            "window_seconds": 1.0,
            "profiles": {
                "batch": {"algorithm": "sliding_window", "capacity": 3, "window_seconds": 1}
            },
        }
    )
    memory = window_scenario(lambda c: RateLimiter(sliding, InMemoryStore(c)))
    remote = window_scenario(
        lambda c: RateLimiter(sliding, RedisStore(redis_client, "t2", clock=c))
    )
    assert remote == pytest.approx(memory)
    assert memory[:4] == [0.0, 0.0, 0.0, 1.0]


def pause_scenario(make: Callable[[FakeClock], RateLimiter]) -> list[float]:
    """Fill the bucket, book one, then a 429 with a 3 s wait; what each step waits after."""
    clock = FakeClock()
    limiter = make(clock)
    waits = [limiter.reserve("acme:k") for _ in range(4)]
    before = limiter.generation("acme:k")
    limiter.pause("acme:k", None, 3.0)
    waits.append(float(limiter.generation("acme:k") - before))
    clock.sleep(1.0)
    waits += [limiter.reserve("acme:k"), limiter.reserve("acme:k")]
    clock.sleep(3.0)
    waits.append(limiter.reserve("acme:k"))
    return waits


def test_redis_pause_matches_memory_store(redis_client: redis.Redis) -> None:
    leaky = leaky_policy(capacity=4, leak_per_second=2.0)
    memory = pause_scenario(lambda c: RateLimiter(leaky, InMemoryStore(c)))
    remote = pause_scenario(lambda c: RateLimiter(leaky, RedisStore(redis_client, "p1", clock=c)))
    assert remote == pytest.approx(memory)
    # After the pause: the 3 s wait less the 1 s slept, then one slot (0.5 s) apart.
    assert memory[4:7] == pytest.approx([1.0, 2.0, 2.5])


# --- atomicity across threads and processes ------------------------------------------------


@pytest.mark.parametrize("algorithm", ["leaky_bucket", "sliding_window"])
def test_four_threads_never_share_a_slot(redis_url: str, algorithm: str) -> None:
    if algorithm == "leaky_bucket":
        policy = leaky_policy(capacity=10, leak_per_second=5.0)
        expected = [max(0.0, (k + 1 - 10) / 5.0) for k in range(200)]
    else:
        policy = window_policy(10, 1.0)
        expected = [float(k // 10) for k in range(200)]
    fixed = FakeClock()  # every reservation at the same instant: delays are exactly predictable
    waits: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(4)

    def worker() -> None:
        with redis.Redis.from_url(redis_url) as conn:
            limiter = RateLimiter(policy, RedisStore(conn, f"threads-{algorithm}", clock=fixed))
            barrier.wait()
            for _ in range(50):
                wait = limiter.reserve("acme:shared")
                with lock:
                    waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(waits) == pytest.approx(expected)
    sends = [fixed.now + w for w in waits]
    if algorithm == "leaky_bucket":
        assert leaky_peak(sends, 5.0) <= 10 + 1e-6
    else:
        assert max_in_any_window(sends, 1.0) <= 10


def _process_worker(url: str, count: int, start: multiprocessing.synchronize.Event) -> None:
    policy = window_policy(10, 30.0)
    with redis.Redis.from_url(url) as conn:
        limiter = RateLimiter(policy, RedisStore(conn, "procs"))  # the server's clock
        start.wait()
        for _ in range(count):
            limiter.reserve("acme:shared")


def test_four_processes_share_one_bucket_on_the_server_clock(
    redis_url: str, redis_client: redis.Redis
) -> None:
    ctx = multiprocessing.get_context("fork")
    start = ctx.Event()
    procs = [ctx.Process(target=_process_worker, args=(redis_url, 10, start)) for _ in range(4)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    keys = redis_client.keys("procs:*")
    assert keys == [b"procs:{acme:shared}:default"]
    entries = cast(list[tuple[bytes, float]], redis_client.zrange(keys[0], 0, -1, withscores=True))
    scheduled = [float(score) for _, score in entries]
    assert len(scheduled) == 40
    assert max_in_any_window(scheduled, 30.0) == 10  # never more than capacity per window


# --- keys: TTL and no secrets --------------------------------------------------------------


def test_keys_expire_and_hold_no_secret(redis_client: redis.Redis) -> None:
    key = credential_key(BasicAuth(SENTINEL_USER, SENTINEL_SECRET))
    leaky = RateLimiter(leaky_policy(capacity=40, leak_per_second=2.0), RedisStore(redis_client))
    for _ in range(5):
        leaky.reserve(f"duoplane:{key}")
    leaky.observe_remaining(f"duoplane:{key}", 30)
    window = RateLimiter(window_policy(10, 1.0), RedisStore(redis_client))
    window.reserve(f"duda:{key}")

    names = sorted(text(k) for k in redis_client.keys("*"))
    assert names == [f"clientgen:{{duda:{key}}}:default", f"clientgen:{{duoplane:{key}}}:default"]
    for name in names:
        assert not contains_sentinel(name)
        for value in redis_client.hvals(name) if name.startswith("clientgen:duoplane") else []:
            assert not contains_sentinel(text(value))
    leaky_ttl = redis_client.pttl(f"clientgen:{{duoplane:{key}}}:default")
    assert 0 < leaky_ttl <= 10 / 2.0 * 1000 + 1000  # empties in level/leak s, plus a margin
    window_ttl = redis_client.pttl(f"clientgen:{{duda:{key}}}:default")
    assert 0 < window_ttl <= 2000


def test_store_validates_prefix(redis_client: redis.Redis) -> None:
    with pytest.raises(ValueError, match=r"RedisStore\.prefix"):
        RedisStore(redis_client, "bad prefix")
    store = RedisStore(redis_client, "p")
    assert store.key(Bucket("acme:k:default", leaky_policy())) == "p:{acme:k}:default"
    assert "p" in repr(store)


# --- end to end through the transports -----------------------------------------------------


def run_two_clients(clock: FakeClock, vendor: VendorBucket, stores: list[LimiterStore]) -> None:
    policy = client_policy(rate_limit=dict(LEAKY_DICT, remaining_header=None))
    assert policy.rate_limit is not None
    clients = []
    for store in stores:  # two "processes" using one API user
        transport = PolicyTransport(
            policy,
            inner=httpx.MockTransport(vendor),
            credential_key="user-1",
            limiter=RateLimiter(policy.rate_limit, store),
            sleep=clock.sleep,
            clock=clock,
            rng=random.Random(0),
        )
        clients.append(httpx.Client(base_url="https://x.test", transport=transport))
    extensions = {"clientgen_operation": "get_order"}
    for i in range(100):
        clients[i % 2].get("/orders/1", extensions=extensions)
    for client in clients:
        client.close()


def test_two_transports_sharing_redis_never_overflow(redis_client: redis.Redis) -> None:
    # no remaining header: sharing the Redis bucket is the only thing keeping them in step
    clock = FakeClock()
    vendor = VendorBucket(clock)
    pool = redis_client.connection_pool
    run_two_clients(
        clock,
        vendor,
        [RedisStore(redis.Redis(connection_pool=pool), clock=clock) for _ in range(2)],
    )
    assert vendor.overflows == 0 and vendor.served == 100

    clock = FakeClock()
    unshared = VendorBucket(clock)
    run_two_clients(clock, unshared, [InMemoryStore(clock), InMemoryStore(clock)])
    assert unshared.overflows > 0  # what sharing prevents


@pytest.mark.asyncio
async def test_async_redis_store(redis_url: str) -> None:
    client = redis.asyncio.Redis.from_url(redis_url)
    try:
        fixed = FakeClock()
        limiter = AsyncRateLimiter(
            leaky_policy(capacity=5, leak_per_second=10.0),
            AsyncRedisStore(client, "async", clock=fixed),
        )
        waits = await asyncio.gather(*(limiter.reserve("acme:k") for _ in range(20)))
        assert sorted(waits) == pytest.approx([max(0.0, (k + 1 - 5) / 10.0) for k in range(20)])
        await limiter.observe_remaining("acme:k", 40)
        assert "async" in repr(limiter.store)

        policy = client_policy(rate_limit=dict(LEAKY_DICT))
        assert policy.rate_limit is not None
        transport = AsyncPolicyTransport(
            policy,
            inner=httpx.MockTransport(lambda r: httpx.Response(200)),
            limiter=AsyncRateLimiter(policy.rate_limit, AsyncRedisStore(client, "async-e2e")),
        )
        async with httpx.AsyncClient(base_url="https://x.test", transport=transport) as http:
            response = await http.get("/orders/1", extensions={"clientgen_operation": "get_order"})
        assert response.status_code == 200
        assert await client.exists("async-e2e:{acme:anonymous}:default") == 1
    finally:
        await client.aclose()
