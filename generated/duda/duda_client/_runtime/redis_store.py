"""Limiter state in Redis, so several processes using one API user share one bucket.

Each operation is one Lua script (EVALSHA via `register_script`), hence atomic, and it reads the
Redis server's clock (`TIME`) so processes on different hosts agree on "now". The maths mirror
`memory_store.InMemoryStore`. Keys are `{prefix}:{vendor}:{credential_key}:{profile}` (the
credential key is a hash, never the credential) and expire once the bucket would be empty.
`redis` is only needed by whoever constructs these stores: this module never imports it at
runtime.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .store import Bucket, Observation

if TYPE_CHECKING:  # ignored when absent: the package type-checks without the redis extra
    import redis  # type: ignore[import-not-found, unused-ignore]
    import redis.asyncio  # type: ignore[import-not-found, unused-ignore]

__all__ = ["AsyncRedisStore", "RedisStore"]

# ARGV[1] = "now" override in seconds ("" = use the server's TIME); then 4 values per key:
# algorithm ("lb" | "sw"), usable capacity, rate (leak per second | window seconds), unique member.
# Returns the delay in seconds as a string (Lua numbers returned to Redis would be truncated).
RESERVE_LUA = """
local now
if ARGV[1] ~= '' then
  now = tonumber(ARGV[1])
else
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local delay = 0
local levels = {}
for i = 1, #KEYS do
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
  if d > delay then delay = d end
end
local send_at = now + delay
for i = 1, #KEYS do
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

# ARGV: now override, algorithm, vendor capacity, rate, remaining, member prefix, age (seconds
# since the server reported `remaining`: the report is merged as of then).
OBSERVE_LUA = """
local now
if ARGV[1] ~= '' then
  now = tonumber(ARGV[1])
else
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
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
        return f"{self.prefix}:{bucket.name}"

    def _now(self) -> str:
        return "" if self._clock is None else repr(float(self._clock()))

    def reserve(self, buckets: Sequence[Bucket]) -> tuple[list[str], list[str]]:
        args = [self._now()]
        for bucket in buckets:
            args += [
                _algo(bucket),
                str(bucket.policy.usable_capacity),
                repr(_rate(bucket)),
                uuid.uuid4().hex,
            ]
        return [self.key(b) for b in buckets], args

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


class RedisStore:
    """Limiter state in Redis via `redis.Redis` (sync). `clock` overrides server time in tests."""

    def __init__(
        self,
        client: redis.Redis,
        prefix: str = "clientgen",
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._args = _RedisArgs(prefix, clock)
        self._client = client
        self._reserve = client.register_script(RESERVE_LUA)
        self._observe = client.register_script(OBSERVE_LUA)

    def key(self, bucket: Bucket) -> str:
        """The Redis key holding `bucket`."""
        return self._args.key(bucket)

    @property
    def clock(self) -> Callable[[], float]:
        return self._args.clock

    def reserve(self, buckets: tuple[Bucket, ...], observed: Observation | None = None) -> float:
        keys, args = self._args.reserve(buckets)
        if observed is None:
            return _as_delay(self._reserve(keys=keys, args=args))
        # Both scripts in one pipeline: one round trip, the report merged first.
        pipe = self._client.pipeline(transaction=False)
        obs_keys, obs_args = self._args.observe(*observed)
        self._observe(keys=obs_keys, args=obs_args, client=pipe)
        self._reserve(keys=keys, args=args, client=pipe)
        return _as_delay(pipe.execute()[-1])

    def observe_remaining(self, bucket: Bucket, remaining: int, age: float = 0.0) -> None:
        keys, args = self._args.observe(bucket, remaining, age)
        self._observe(keys=keys, args=args)

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self._args.prefix!r})"


class AsyncRedisStore:
    """Limiter state in Redis via `redis.asyncio.Redis`."""

    def __init__(
        self,
        client: redis.asyncio.Redis,
        prefix: str = "clientgen",
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._args = _RedisArgs(prefix, clock)
        self._client = client
        self._reserve = client.register_script(RESERVE_LUA)
        self._observe = client.register_script(OBSERVE_LUA)

    def key(self, bucket: Bucket) -> str:
        """The Redis key holding `bucket`."""
        return self._args.key(bucket)

    @property
    def clock(self) -> Callable[[], float]:
        return self._args.clock

    async def areserve(self, buckets: tuple[Bucket, ...], observed: Observation | None = None) -> float:
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
        await self._observe(keys=keys, args=args)

    def __repr__(self) -> str:
        return f"AsyncRedisStore(prefix={self._args.prefix!r})"
