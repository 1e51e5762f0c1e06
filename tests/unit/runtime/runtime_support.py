"""Test doubles for the client runtime: a fake clock, scripted servers and sample policies."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from clientgen.runtime.policy import ClientPolicy, RateLimitPolicy, RetryPolicy

SENTINEL_USER = "SENTINEL-USER-456"
SENTINEL_SECRET = "SENTINEL-SECRET-123"
SENTINEL_TOKEN = "SENTINEL-TOKEN-789"
SENTINELS = (SENTINEL_USER, SENTINEL_SECRET, SENTINEL_TOKEN)

RETRY_DICT: dict[str, Any] = {
    "max_retries": 3,
    "initial_backoff": 0.5,
    "max_backoff": 8.0,
    "max_elapsed": 60.0,
    "jitter": 0.0,
    "retry_on_status": [429, 500, 502, 503, 504],
    "retry_after_headers": ["Retry-After", "Duoplane-Retry-After-Seconds"],
}

LEAKY_DICT: dict[str, Any] = {
    "algorithm": "leaky_bucket",
    "capacity": 40,
    "leak_per_second": 2.0,
    "remaining_header": "Duoplane-Requests-Left",
}


def operations() -> dict[str, dict[str, Any]]:
    """Operations covering each retry rule."""
    return {
        "get_order": {
            "operation_id": "get_order",
            "method": "GET",
            "path": "/orders/{id}",
            "idempotent": True,
        },
        "create_order": {
            "operation_id": "create_order",
            "method": "POST",
            "path": "/orders",
            "idempotent": False,
        },
        "upsert_order": {
            "operation_id": "upsert_order",
            "method": "PUT",
            "path": "/orders/{id}",
            "idempotent": True,
        },
    }


def client_policy_dict(
    *, rate_limit: dict[str, Any] | None = None, retry: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "vendor": "acme",
        "auth": {"default": "basic", "schemes": ["basic", "bearer"]},
        "rate_limit": rate_limit,
        "retry": retry if retry is not None else dict(RETRY_DICT),
        "operations": operations(),
    }


def client_policy(
    *, rate_limit: dict[str, Any] | None = None, retry: dict[str, Any] | None = None
) -> ClientPolicy:
    return ClientPolicy.from_dict(client_policy_dict(rate_limit=rate_limit, retry=retry))


def retry_policy(**overrides: Any) -> RetryPolicy:
    return RetryPolicy.from_dict({**RETRY_DICT, **overrides})


def leaky_policy(**overrides: Any) -> RateLimitPolicy:
    return RateLimitPolicy.from_dict({**LEAKY_DICT, **overrides})


@dataclass
class FakeClock:
    """Monotonic time that only moves when something sleeps (or a test advances it)."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


Step = httpx.Response | Exception


@dataclass
class ScriptedServer:
    """Answers requests from a script of responses/exceptions; remembers what it received."""

    steps: Sequence[Step]
    requests: list[httpx.Request] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    on_request: Callable[[httpx.Request], None] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        if self.on_request is not None:
            self.on_request(request)
        step = self.steps[min(len(self.requests), len(self.steps)) - 1]
        if isinstance(step, Exception):
            raise step
        try:
            content = step.content
        except httpx.ResponseNotRead:
            return step  # a streaming response: single use, returned as scripted
        return httpx.Response(step.status_code, headers=step.headers, content=content)

    @property
    def calls(self) -> int:
        return len(self.requests)


def respond(status: int, headers: dict[str, str] | None = None, **json: Any) -> httpx.Response:
    return httpx.Response(status, headers=headers, json=json or None)


def contains_sentinel(text: str) -> bool:
    return any(s in text for s in SENTINELS)


class VendorBucket:
    """Duoplane's server side: leaky bucket 40, leaking 2/s, 429 when full."""

    def __init__(self, clock: FakeClock, *, level: float = 0.0) -> None:
        self.clock = clock
        self.level = level
        self.updated = clock.now
        self.overflows = 0
        self.served = 0

    def _leak(self) -> None:
        self.level = max(0.0, self.level - (self.clock.now - self.updated) * 2.0)
        self.updated = self.clock.now

    def foreign_requests(self, count: int) -> None:
        """Another process using the same API user."""
        self._leak()
        self.level = min(40.0, self.level + count)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self._leak()
        if self.level + 1 > 40 + 1e-9:
            self.overflows += 1
            retry = math.ceil((self.level + 1 - 40) / 2.0)
            return httpx.Response(
                429,
                headers={"Duoplane-Requests-Left": "0", "Duoplane-Retry-After-Seconds": str(retry)},
            )
        self.level += 1
        self.served += 1
        self.clock.now += 0.02  # response latency
        left = math.floor(40 - self.level)
        return httpx.Response(200, headers={"Duoplane-Requests-Left": str(left)}, json={})
