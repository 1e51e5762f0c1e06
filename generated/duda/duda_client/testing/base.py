"""What a vendor module provides to the app, and what its handlers receive and return."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import QueryParams

from .auth import Credential, Principal
from .clock import Clock, TimeScale
from .ratelimit import Decision, Limiter
from .store import JSON, Store
from .validation import Route


@dataclass(slots=True)
class Reply:
    """A response before serialisation: status, JSON body (None = empty), extra headers."""

    status: int
    body: JSON = None
    headers: dict[str, str] = field(default_factory=dict)


class NotFound(Exception):
    """Raised by a handler for an object the tenant cannot see (another tenant's is the same)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Invalid(Exception):
    """Raised by a handler for input the schema allows but the vendor rejects (a 4xx)."""

    def __init__(self, field_name: str, rule: str, message: str) -> None:
        super().__init__(f"{field_name}: {message} (rule: {rule})")
        self.field_name = field_name
        self.rule = rule
        self.message = message


class Conflict(Invalid):
    """Input that clashes with stored state (a duplicate id): 409 where the operation declares
    it, else the 422 "breaks a rule" answer."""


@dataclass(slots=True)
class Ctx:
    """One validated, authenticated request, as a handler sees it."""

    route: Route
    principal: Principal
    store: Store
    body: JSON
    query: QueryParams
    params: dict[str, Any]  # query parameters cast by their schema, defaults applied
    clock: Clock

    @property
    def tenant(self) -> str:
        return self.principal.tenant

    @property
    def path(self) -> dict[str, str]:
        return self.route.path_params

    def collection(self, name: str) -> dict[str, JSON]:
        return self.store.collection(self.tenant, name)

    def now_iso(self) -> str:
        """The clock's wall time as RFC 3339 with milliseconds and a Z."""
        wall = self.clock.wall()
        return wall.strftime("%Y-%m-%dT%H:%M:%S.") + f"{wall.microsecond // 1000:03d}Z"


Handler = Callable[[Ctx], Reply]


class VendorMock:
    """Base for the three vendor modules: handlers by operationId plus vendor conventions."""

    name: str = ""
    credentials: tuple[Credential, ...] = ()
    tenants: tuple[str, ...] = ()
    handlers: Mapping[str, Handler] = {}

    def seed(self, store: Store, clock: Clock) -> None:
        """Load demo data for every tenant."""

    def make_limiter(self, clock: Clock, scale: TimeScale) -> Limiter:
        raise NotImplementedError

    def unlimited_remaining(self) -> int:
        """What to report as requests left when rate limiting is off."""
        return 0

    def error(self, status: int, code: str, message: str, scale: TimeScale) -> Reply:
        """A vendor-shaped error body for `status`."""
        raise NotImplementedError

    def finalize(self, reply: Reply, decision: Decision | None, scale: TimeScale) -> None:
        """Add what every response carries (e.g. Duoplane-Requests-Left); `decision` is None when
        no rate-limit decision was made (unauthenticated, unrouted, injected fault)."""

    def throttled(self, decision: Decision, scale: TimeScale) -> Reply:
        """The 429 for a refused request: vendor body plus the wait headers."""
        reply = self.error(429, "TooManyRequests", "rate limit exceeded; retry later", scale)
        reply.headers["Retry-After"] = str(whole_seconds(scale.to_vendor(decision.retry_after)))
        return reply


def whole_seconds(seconds: float) -> int:
    """A wait as the integer headers want it: rounded up, so waiting that long always suffices."""
    return max(0, math.ceil(seconds - 1e-9))
