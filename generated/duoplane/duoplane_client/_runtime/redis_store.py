"""Limiter state in Redis, so several processes using one API user share one bucket.

Each operation is one Lua script (EVALSHA via `register_script`), hence atomic, and it reads the
Redis server's clock (`TIME`) so processes on different hosts agree on "now". The maths mirror
`memory_store.InMemoryStore`. Keys are `{prefix}:{{vendor}:{credential_key}}:{profile}` (the
credential key is a hash, never the credential) and expire once the bucket would be empty; a
bucket's pause (a 429's wait, see `InMemoryStore.pause`) lives beside it in `...:{profile}:pause`.
The braces are a Redis Cluster hash tag: every key of one credential lands in one slot, so the
multi-key scripts run on a cluster as on a single server.
`redis` is only needed by whoever constructs these stores: this module never imports it at
runtime.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from . import deadline
from .errors import LimiterStoreError
from .memory_store import InMemoryStore
from .store import Bucket, Observation

if TYPE_CHECKING:  # ignored when absent: the package type-checks without the redis extra
    import redis  # type: ignore[import-not-found, unused-ignore]
    import redis.asyncio  # type: ignore[import-not-found, unused-ignore]
    import redis.cluster  # type: ignore[import-not-found, unused-ignore]

__all__ = ["AsyncRedisStore", "RedisStore"]

_T = TypeVar("_T")
_LOGGER = logging.getLogger("clientgen.limiter")
DEFAULT_TIMEOUT = 2.0  # seconds one store call may take, retries included
RETRY_REMOTE_AFTER = 1.0  # while falling back, how often the store is tried again

_NOW_LUA = """
local now
if ARGV[1] ~= '' then
  now = tonumber(ARGV[1])
else
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
"""

# KEYS: the n bucket keys, then their n pause keys. ARGV[1] = "now" override in seconds ("" = use
# the server's TIME); then 4 values per bucket: algorithm ("lb" | "sw"), usable capacity, rate
# (leak per second | window seconds), unique member.
# Returns the delay in seconds as a string (Lua numbers returned to Redis would be truncated).
RESERVE_LUA = (
    _NOW_LUA
    + """
local n = #KEYS / 2
local delay = 0
local levels = {}
for i = 1, n do
  local a = 1 + (i - 1) * 4
  local algo, usable, rate = ARGV[a + 1], tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3])
  local d = 0
  if algo == 'lb' then
    local st = redis.call('HMGET', KEYS[i], 'level', 'ts')
    local level = tonumber(st[1]) or 0
    local ts = tonumber(st[2]) or now
    level = math.max(0, level - math.max(0, now - ts) * rate)
    levels[i] = level
    d = math.max(0, (level + 1 - usable) / rate)
  else
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', '(' .. string.format('%.17g', now - rate))
    if redis.call('ZCARD', KEYS[i]) >= usable then
      local kth = redis.call('ZRANGE', KEYS[i], -usable, -usable, 'WITHSCORES')
      d = math.max(0, tonumber(kth[2]) + rate - now)
    end
  end
  local paused = tonumber(redis.call('HGET', KEYS[n + i], 'until'))
  if paused and paused - now > d then d = paused - now end
  if d > delay then delay = d end
end
local send_at = now + delay
for i = 1, n do
  local a = 1 + (i - 1) * 4
  local algo, rate = ARGV[a + 1], tonumber(ARGV[a + 3])
  if algo == 'lb' then
    local level = levels[i] + 1
    redis.call('HSET', KEYS[i], 'level', string.format('%.17g', level),
               'ts', string.format('%.17g', now))
    redis.call('PEXPIRE', KEYS[i], math.ceil(level / rate * 1000) + 1000)
  else
    redis.call('ZADD', KEYS[i], string.format('%.17g', send_at), ARGV[a + 4])
    local last = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')
    redis.call('PEXPIRE', KEYS[i], math.ceil((tonumber(last[2]) + rate - now) * 1000) + 1000)
  end
end
return string.format('%.17g', delay)
"""
)

# ARGV: now override, algorithm, vendor capacity, rate, remaining, member prefix, age (seconds
# since the server reported `remaining`: the report is merged as of then).
OBSERVE_LUA = (
    _NOW_LUA
    + """
local algo, capacity, rate = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local used = capacity - math.max(0, tonumber(ARGV[5]))
local age = math.max(0, tonumber(ARGV[7]) or 0)
if algo == 'lb' then
  local st = redis.call('HMGET', KEYS[1], 'level', 'ts')
  local level = tonumber(st[1]) or 0
  local ts = tonumber(st[2]) or now
  level = math.max(0, level - math.max(0, now - ts) * rate)
  level = math.max(level, used - age * rate)
  redis.call('HSET', KEYS[1], 'level', string.format('%.17g', level),
             'ts', string.format('%.17g', now))
  redis.call('PEXPIRE', KEYS[1], math.ceil(level / rate * 1000) + 1000)
  return 1
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. string.format('%.17g', now - rate))
local seen = now - age
local sent = redis.call('ZCOUNT', KEYS[1], '-inf', string.format('%.17g', seen))
for i = 1, used - sent do
  redis.call('ZADD', KEYS[1], string.format('%.17g', seen), ARGV[6] .. ':' .. i)
end
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if last[2] then
  redis.call('PEXPIRE', KEYS[1], math.ceil((tonumber(last[2]) + rate - now) * 1000) + 1000)
end
return 1
"""
)

# KEYS: the n bucket keys, then their n pause keys. ARGV: now override, the wait in seconds, then
# 3 values per bucket: algorithm, usable capacity, rate. Mirrors `InMemoryStore.pause`.
PAUSE_LUA = (
    _NOW_LUA
    + """
local n = #KEYS / 2
local seconds = math.max(0, tonumber(ARGV[2]))
for i = 1, n do
  local a = 3 + (i - 1) * 3
  local algo, usable, rate = ARGV[a], tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
  local pause = KEYS[n + i]
  local until_ = math.max(tonumber(redis.call('HGET', pause, 'until')) or 0, now + seconds)
  redis.call('HSET', pause, 'until', string.format('%.17g', until_))
  redis.call('HINCRBY', pause, 'gen', 1)
  redis.call('PEXPIRE', pause, math.ceil((until_ - now) * 1000) + 60000)
  if algo == 'lb' then
    local level = usable - 1 + seconds * rate
    redis.call('HSET', KEYS[i], 'level', string.format('%.17g', level),
               'ts', string.format('%.17g', now))
    redis.call('PEXPIRE', KEYS[i], math.ceil(level / rate * 1000) + 1000)
  end
end
return 1
"""
)

# KEYS: pause keys. The sum of their generations (how many pauses they have seen).
GENERATION_LUA = """
local total = 0
for i = 1, #KEYS do
  total = total + (tonumber(redis.call('HGET', KEYS[i], 'gen')) or 0)
end
return total
"""


def _rate(bucket: Bucket) -> float:
    policy = bucket.policy
    if policy.algorithm == "leaky_bucket":
        return policy.leak_per_second or 1.0
    return policy.window_seconds or 1.0


def _algo(bucket: Bucket) -> str:
    return "lb" if bucket.policy.algorithm == "leaky_bucket" else "sw"


class _RedisArgs:
    """Key and argument building shared by the sync and async stores."""

    def __init__(self, prefix: str, clock: Callable[[], float] | None) -> None:
        if not prefix or any(c.isspace() for c in prefix):
            raise ValueError("RedisStore.prefix: must be a non-empty string without whitespace")
        self.prefix = prefix
        self._clock = clock

    def key(self, bucket: Bucket) -> str:
        credential, _, profile = bucket.name.rpartition(":")
        return f"{self.prefix}:{{{credential}}}:{profile}"

    def pause_key(self, bucket: Bucket) -> str:
        return f"{self.key(bucket)}:pause"

    def _now(self) -> str:
        return "" if self._clock is None else repr(float(self._clock()))

    def _keys(self, buckets: Sequence[Bucket]) -> list[str]:
        return [self.key(b) for b in buckets] + [self.pause_key(b) for b in buckets]

    def reserve(self, buckets: Sequence[Bucket]) -> tuple[list[str], list[str]]:
        args = [self._now()]
        for bucket in buckets:
            args += [
                _algo(bucket),
                str(bucket.policy.usable_capacity),
                repr(_rate(bucket)),
                uuid.uuid4().hex,
            ]
        return self._keys(buckets), args

    def pause(self, buckets: Sequence[Bucket], seconds: float) -> tuple[list[str], list[str]]:
        args = [self._now(), repr(float(seconds))]
        for bucket in buckets:
            args += [_algo(bucket), str(bucket.policy.usable_capacity), repr(_rate(bucket))]
        return self._keys(buckets), args

    def generation(self, buckets: Sequence[Bucket]) -> list[str]:
        return [self.pause_key(b) for b in buckets]

    def observe(self, bucket: Bucket, remaining: int, age: float = 0.0) -> tuple[list[str], list[str]]:
        args = [
            self._now(),
            _algo(bucket),
            str(bucket.policy.capacity),
            repr(_rate(bucket)),
            str(remaining),
            uuid.uuid4().hex,
            repr(float(age)),
        ]
        return [self.key(bucket)], args

    @property
    def clock(self) -> Callable[[], float]:
        """Observation ages are durations: the override clock in tests, else monotonic time."""
        return self._clock if self._clock is not None else time.monotonic


def _as_delay(result: Any) -> float:
    return max(0.0, float(result))


def _is_store_failure(exc: BaseException) -> bool:
    """A failure of the store itself (redis-py's errors, sockets, timeouts), not our bug."""
    if isinstance(exc, OSError | TimeoutError):
        return True
    return any(cls.__module__.split(".")[0] == "redis" for cls in type(exc).__mro__)


def _bound_client(client: Any, timeout: float | None) -> None:
    """Cap the client's socket timeouts at `timeout` and turn off its own retries, so one store
    call takes at most about `timeout` (redis-py 8 defaults: 5 s timeouts, 10 retries). Only
    connections made from now on are affected: pass the store a fresh client."""
    if timeout is None:
        return
    kwargs = getattr(getattr(client, "connection_pool", None), "connection_kwargs", None)
    if isinstance(kwargs, dict):
        for name in ("socket_timeout", "socket_connect_timeout"):
            current = kwargs.get(name)
            kwargs[name] = timeout if current is None else min(float(current), timeout)
    try:
        from redis.backoff import NoBackoff  # type: ignore[import-not-found, unused-ignore]
        from redis.retry import Retry  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # pragma: no cover - whoever built the client has redis
        return
    no_retry = Retry(NoBackoff(), 0)
    if isinstance(kwargs, dict) and "retry" in kwargs:
        kwargs["retry"] = no_retry
    set_retry = getattr(client, "set_retry", None)
    if callable(set_retry):
        set_retry(no_retry)


def _within(remote: Callable[[], _T], seconds: float) -> _T:
    """`remote()` on a daemon thread, given up on after `seconds` (TimeoutError). Only for a
    request whose deadline is nearer than the store's own timeout: a blocked socket read cannot
    be cut short from outside, so the thread finishes by itself, within the store's timeout, and
    nothing waits for it (a reservation it still books only errs on the safe side)."""
    if seconds <= 0:
        raise TimeoutError("the request's deadline passed before the store was asked")
    outcome: list[tuple[bool, Any]] = []
    done = threading.Event()

    def target() -> None:
        try:
            outcome.append((True, remote()))
        except BaseException as exc:  # handed to the caller below
            outcome.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=target, name="clientgen-store-call", daemon=True).start()
    if not done.wait(seconds):
        raise TimeoutError(f"the request's deadline came before the store answered ({seconds:.3g}s)")
    ok, value = outcome[0]
    if not ok:
        raise value
    return cast(_T, value)


class _Guard:
    """Turns a store failure into `LimiterStoreError` or, with `fallback`, into the in-process
    limiter (WARNING once per outage) until the store answers again. Each call takes at most the
    store's `timeout`, cut to the request's deadline (`deadline.store_budget`)."""

    def __init__(self, name: str, fallback: bool, timeout: float | None) -> None:
        self.name = name
        self.fallback = InMemoryStore() if fallback else None
        self.timeout = timeout
        self._down_until = 0.0
        self._down = False

    def use_fallback(self) -> bool:
        return self.fallback is not None and time.monotonic() < self._down_until

    def failed(self, exc: BaseException) -> InMemoryStore:
        """The fallback store to use now; raises `LimiterStoreError` when there is none."""
        if not _is_store_failure(exc):
            raise exc
        cause = type(exc).__name__
        if self.fallback is None:
            raise LimiterStoreError(
                f"{self.name}: the rate-limiter store failed ({cause}); the request was not sent",
                store=self.name,
                cause=cause,
            ) from exc
        if not self._down:
            _LOGGER.warning("%s failed (%s): limiting in-process until it answers again", self.name, cause)
        self._down = True
        self._down_until = time.monotonic() + RETRY_REMOTE_AFTER
        return self.fallback

    def answered(self) -> None:
        if self._down:
            self._down = False
            _LOGGER.warning("%s answers again: the shared limit is back in use", self.name)

    def run(self, remote: Callable[[], _T], local: Callable[[InMemoryStore], _T]) -> _T:
        if self.use_fallback():
            assert self.fallback is not None
            return local(self.fallback)
        budget = deadline.store_budget(self.timeout)
        try:
            if budget is None or budget == self.timeout:
                result = remote()  # the client's socket timeouts bound it (see `_bound_client`)
            else:
                result = _within(remote, budget)
        except Exception as exc:
            return local(self.failed(exc))
        self.answered()
        return result

    async def arun(self, remote: Callable[[], Awaitable[_T]], local: Callable[[InMemoryStore], _T]) -> _T:
        if self.use_fallback():
            assert self.fallback is not None
            return local(self.fallback)
        try:
            async with asyncio.timeout(deadline.store_budget(self.timeout)):
                result = await remote()
        except Exception as exc:
            return local(self.failed(exc))
        self.answered()
        return result


class RedisStore:
    """Limiter state in Redis via `redis.Redis` or `redis.cluster.RedisCluster` (sync).

    Each call takes at most about `timeout` seconds (the client's socket timeouts are capped
    and its own retries turned off: give the store a client of its own), and no longer than is
    left of the request's deadline when that comes sooner. A failure raises
    `LimiterStoreError`, or with `fallback=True` limits in-process (logged once at WARNING) and
    tries Redis again every second until it answers. `clock` overrides server time in tests.
    """

    uses_deadline = True  # the transport passes each request's deadline (`deadline.for_store`)

    def __init__(
        self,
        client: redis.Redis | redis.cluster.RedisCluster,
        prefix: str = "clientgen",
        *,
        clock: Callable[[], float] | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        fallback: bool = False,
    ) -> None:
        self._args = _RedisArgs(prefix, clock)
        self._client = client
        _bound_client(client, timeout)
        self._guard = _Guard(repr(self), fallback, timeout)
        self._reserve = client.register_script(RESERVE_LUA)
        self._observe = client.register_script(OBSERVE_LUA)
        self._pause = client.register_script(PAUSE_LUA)
        self._generation = client.register_script(GENERATION_LUA)
        # A cluster pipeline cannot run scripts: there the report is merged by its own call.
        self._pipelined = not hasattr(client, "get_nodes")

    def key(self, bucket: Bucket) -> str:
        """The Redis key holding `bucket`."""
        return self._args.key(bucket)

    @property
    def clock(self) -> Callable[[], float]:
        return self._args.clock

    def reserve(self, buckets: tuple[Bucket, ...], observed: Observation | None = None) -> float:
        return self._guard.run(
            lambda: self._reserve_remote(buckets, observed),
            lambda local: local.reserve(buckets, observed),
        )

    def _reserve_remote(self, buckets: tuple[Bucket, ...], observed: Observation | None) -> float:
        keys, args = self._args.reserve(buckets)
        if observed is None:
            return _as_delay(self._reserve(keys=keys, args=args))
        obs_keys, obs_args = self._args.observe(*observed)
        if not self._pipelined:
            self._observe(keys=obs_keys, args=obs_args)
            return _as_delay(self._reserve(keys=keys, args=args))
        # Both scripts in one pipeline: one round trip, the report merged first.
        pipe = self._client.pipeline(transaction=False)
        self._observe(keys=obs_keys, args=obs_args, client=pipe)
        self._reserve(keys=keys, args=args, client=pipe)
        return _as_delay(pipe.execute()[-1])

    def observe_remaining(self, bucket: Bucket, remaining: int, age: float = 0.0) -> None:
        keys, args = self._args.observe(bucket, remaining, age)
        self._guard.run(
            lambda: self._observe(keys=keys, args=args),
            lambda local: local.observe_remaining(bucket, remaining, age),
        )

    def pause(self, buckets: tuple[Bucket, ...], seconds: float) -> None:
        keys, args = self._args.pause(buckets, seconds)
        self._guard.run(lambda: self._pause(keys=keys, args=args), lambda local: local.pause(buckets, seconds))

    def generation(self, buckets: tuple[Bucket, ...]) -> int:
        return self._guard.run(
            lambda: int(self._generation(keys=self._args.generation(buckets))),
            lambda local: local.generation(buckets),
        )

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self._args.prefix!r})"


class AsyncRedisStore:
    """Limiter state in Redis via `redis.asyncio.Redis`; `timeout` and `fallback` as for
    `RedisStore` (here each call also runs under `asyncio.timeout`)."""

    uses_deadline = True  # the transport passes each request's deadline (`deadline.for_store`)

    def __init__(
        self,
        client: redis.asyncio.Redis,
        prefix: str = "clientgen",
        *,
        clock: Callable[[], float] | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        fallback: bool = False,
    ) -> None:
        self._args = _RedisArgs(prefix, clock)
        self._client = client
        _bound_client(client, timeout)
        self._guard = _Guard(repr(self), fallback, timeout)
        self._reserve = client.register_script(RESERVE_LUA)
        self._observe = client.register_script(OBSERVE_LUA)
        self._pause = client.register_script(PAUSE_LUA)
        self._generation = client.register_script(GENERATION_LUA)

    def key(self, bucket: Bucket) -> str:
        """The Redis key holding `bucket`."""
        return self._args.key(bucket)

    @property
    def clock(self) -> Callable[[], float]:
        return self._args.clock

    async def areserve(self, buckets: tuple[Bucket, ...], observed: Observation | None = None) -> float:
        return await self._guard.arun(
            lambda: self._reserve_remote(buckets, observed),
            lambda local: local.reserve(buckets, observed),
        )

    async def _reserve_remote(self, buckets: tuple[Bucket, ...], observed: Observation | None) -> float:
        keys, args = self._args.reserve(buckets)
        if observed is None:
            return _as_delay(await self._reserve(keys=keys, args=args))
        pipe = self._client.pipeline(transaction=False)
        obs_keys, obs_args = self._args.observe(*observed)
        await self._observe(keys=obs_keys, args=obs_args, client=pipe)
        await self._reserve(keys=keys, args=args, client=pipe)
        return _as_delay((await pipe.execute())[-1])

    async def aobserve_remaining(self, bucket: Bucket, remaining: int, age: float = 0.0) -> None:
        keys, args = self._args.observe(bucket, remaining, age)
        await self._guard.arun(
            lambda: self._observe(keys=keys, args=args),
            lambda local: local.observe_remaining(bucket, remaining, age),
        )

    async def apause(self, buckets: tuple[Bucket, ...], seconds: float) -> None:
        keys, args = self._args.pause(buckets, seconds)
        await self._guard.arun(
            lambda: self._pause(keys=keys, args=args),
            lambda local: local.pause(buckets, seconds),
        )

    async def ageneration(self, buckets: tuple[Bucket, ...]) -> int:
        async def remote() -> int:
            return int(await self._generation(keys=self._args.generation(buckets)))

        return await self._guard.arun(remote, lambda local: local.generation(buckets))

    def __repr__(self) -> str:
        return f"AsyncRedisStore(prefix={self._args.prefix!r})"
