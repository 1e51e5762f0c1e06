"""Retry decisions, shared by the sync and async transports (no I/O here).

Only what is safe is retried: idempotent operations on a retryable status or a transport
failure, and any operation whose connection failed before the request was sent or that the vendor
refused with 429 (a 429 means nothing was applied, so resending even a create is safe). A
non-idempotent write that may have reached the server is never resent; it surfaces as
`AmbiguousWriteError`. A server's Retry-After hint wins over our own backoff schedule.
`max_retries` counts failures; 429 refusals are waits the vendor asked for, bounded by
`max_elapsed` (the transport makes the whole credential wait them out, see `RateLimiter.pause`).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import httpx

from .errors import AmbiguousWriteError, APIConnectionError, APIError, APITimeoutError
from .headers import parse_retry_after
from .policy import RetryPolicy

__all__ = [
    "PRE_SEND_ERRORS",
    "RATE_LIMITED",
    "RequestInfo",
    "RetryDecision",
    "RetryState",
    "backoff_delay",
    "decide",
    "give_up_error",
    "retry_after_from",
]

# Raised before any byte of the request left this process: safe to retry for every method.
PRE_SEND_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Raised before any connection attempt and not going to get better by retrying.
_PERMANENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.UnsupportedProtocol,)


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """What the decision needs to know about the request (no headers, no query, no secrets)."""

    operation_id: str | None
    method: str
    path: str
    idempotent: bool

    @property
    def where(self) -> str:
        text = f"{self.method} {self.path}"
        return f"{text} ({self.operation_id})" if self.operation_id else text


@dataclass(frozen=True, slots=True)
class RetryDecision:
    """Retry after `delay` seconds because `reason`, or stop.

    On stop, `error` is the exception to raise for a transport failure; None means "return the
    response as it is".
    """

    retry: bool
    delay: float = 0.0
    reason: str = ""
    error: APIError | None = None


def rate_limit_floor(policy: RetryPolicy) -> float:
    """The shortest wait after a 429 whatever its header says. 429s do not use up max_retries, so
    a floor keeps "Retry-After: 0" from a hostile or broken server from becoming a tight loop:
    at most a thousand resends fit in max_elapsed. Never above the policy's first backoff, and
    far below a vendor's real wait (Duel's 300 s retry interval must not override a
    `Retry-After: 3`)."""
    return min(policy.initial_backoff, policy.max_elapsed / 1000.0)


def backoff_delay(attempt: int, policy: RetryPolicy, rng: random.Random) -> float:
    """Exponential backoff for retry number `attempt` (1-based), capped, minus up to `jitter`."""
    exponent = min(max(attempt, 1) - 1, 60)
    base = min(policy.max_backoff, policy.initial_backoff * 2.0**exponent)
    return base * (1.0 - policy.jitter * rng.random())


def _retry_after(response: httpx.Response, policy: RetryPolicy, now: datetime | None) -> tuple[float, str] | None:
    for name in policy.retry_after_headers:
        seconds = parse_retry_after(response.headers.get(name), now)
        if seconds is not None:
            return seconds / policy.time_scale, name
    return None


def retry_after_from(response: httpx.Response, policy: RetryPolicy, now: datetime | None = None) -> float | None:
    """The server's wait hint in (our) seconds: the first parseable of
    `policy.retry_after_headers`, divided by the policy's time scale."""
    found = _retry_after(response, policy, now)
    return None if found is None else found[0]


_STOP = RetryDecision(retry=False)
RATE_LIMITED = 429  # refused before anything was applied: safe to resend for every operation


def give_up_error(info: RequestInfo, attempt: int, exc: Exception) -> APIError:
    """The error for a transport failure that is retried no more (attempts or time used up)."""
    kind = type(exc).__name__
    when = "before the request was sent" if isinstance(exc, PRE_SEND_ERRORS) else "without a response"
    error_type = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return error_type(
        f"{info.where} failed with {kind} {when}; gave up after {attempt} attempt(s)",
        operation_id=info.operation_id,
        method=info.method,
        path=info.path,
    )


def _decide_exception(
    info: RequestInfo,
    policy: RetryPolicy,
    attempt: int,
    elapsed: float,
    exc: Exception,
    rng: random.Random,
) -> RetryDecision:
    kind = type(exc).__name__
    pre_send = isinstance(exc, PRE_SEND_ERRORS)
    context = {"operation_id": info.operation_id, "method": info.method, "path": info.path}
    if isinstance(exc, _PERMANENT_ERRORS):
        return RetryDecision(False, error=APIConnectionError(f"{info.where}: {kind}", **context))
    if not pre_send and not info.idempotent:
        return RetryDecision(
            False,
            error=AmbiguousWriteError(
                f"{info.where} failed with {kind} after the request may have reached the server. "
                "The write may have been processed, so it was not retried; reconcile with a read "
                "before resending.",
                **context,
            ),
        )
    delay = backoff_delay(attempt, policy, rng) if attempt <= policy.max_retries else None
    if delay is None or elapsed + delay > policy.max_elapsed:
        return RetryDecision(False, error=give_up_error(info, attempt, exc))
    when = "before the request was sent" if pre_send else "without a response"
    return RetryDecision(True, delay, f"{kind} {when}")


def _decide_response(
    info: RequestInfo,
    policy: RetryPolicy,
    attempt: int,
    elapsed: float,
    response: httpx.Response,
    rng: random.Random,
    now: datetime | None,
) -> RetryDecision:
    status = response.status_code
    if status not in policy.retry_on_status:
        return _STOP
    if status != RATE_LIMITED and (not info.idempotent or attempt > policy.max_retries):
        return _STOP
    hint = _retry_after(response, policy, now)
    if hint is not None:
        delay, header = hint
        if status == RATE_LIMITED:
            delay = max(delay, rate_limit_floor(policy))
        reason = f"HTTP {status}, {header} {delay:g}s"
    else:
        delay = backoff_delay(attempt, policy, rng)
        reason = f"HTTP {status}"
    if elapsed + delay > policy.max_elapsed:
        return _STOP
    return RetryDecision(True, delay, reason)


def decide(
    info: RequestInfo,
    policy: RetryPolicy,
    *,
    attempt: int,
    elapsed: float,
    response: httpx.Response | None = None,
    exc: Exception | None = None,
    rng: random.Random,
    now: datetime | None = None,
) -> RetryDecision:
    """Whether to retry after attempt number `attempt` (1-based) that took us to `elapsed`.

    Pass exactly one of `response` and `exc`. `now` (wall clock) only matters for HTTP-date
    Retry-After values.
    """
    if (response is None) == (exc is None):
        raise TypeError("decide: pass exactly one of response and exc")
    if exc is not None:
        return _decide_exception(info, policy, attempt, elapsed, exc, rng)
    assert response is not None
    return _decide_response(info, policy, attempt, elapsed, response, rng, now)


class RetryState:
    """Attempt counter and time budget for one logical request."""

    def __init__(
        self,
        info: RequestInfo,
        policy: RetryPolicy,
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        first_attempt_at: float | None = None,
    ) -> None:
        """`first_attempt_at`: the first attempt was already made then (the transport builds the
        state only once something fails, so a request that succeeds at once never pays for it)."""
        self.info = info
        self.policy = policy
        self.attempt = 0 if first_attempt_at is None else 1
        self.refusals = 0  # attempts answered 429: they do not count against max_retries
        self._clock = clock
        self._rng = rng if rng is not None else random.Random()
        self._started: float | None = first_attempt_at

    def begin_attempt(self) -> int:
        """Count an attempt; the time budget starts with the first one actually sent."""
        self.attempt += 1
        if self._started is None:
            self._started = self._clock()
        return self.attempt

    def give_up_error(self, exc: Exception) -> APIError:
        """The error for `exc` when the call may not retry it any more (its time ran out)."""
        return give_up_error(self.info, self.attempt - self.refusals, exc)

    @property
    def elapsed(self) -> float:
        return 0.0 if self._started is None else self._clock() - self._started

    def decide(self, response: httpx.Response | None = None, exc: Exception | None = None) -> RetryDecision:
        if response is not None and response.status_code == RATE_LIMITED:
            self.refusals += 1
            counted = self.refusals  # numbers the backoff when the 429 carries no hint
        else:
            counted = self.attempt - self.refusals
        return decide(
            self.info,
            self.policy,
            attempt=counted,
            elapsed=self.elapsed,
            response=response,
            exc=exc,
            rng=self._rng,
        )
