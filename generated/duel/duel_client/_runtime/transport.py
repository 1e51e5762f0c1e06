"""httpx transports that apply a `ClientPolicy`: rate limit, send, observe, retry what is safe.

Generated endpoint code tags each request with `extensions={"clientgen_operation": "<opId>"}`;
the transport looks the operation up for idempotency and its rate-limit profile. Response bodies
are read here, so a failure while reading is decided (retried or reported) like any other.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import timedelta
from typing import Literal

import httpx

from . import deadline
from .errors import APIError
from .headers import parse_int
from .hooks import AsyncCallObserver, CallObserver, Hooks
from .memory_store import default_store
from .policy import ClientPolicy, RateLimitPolicy, RetryPolicy
from .ratelimit import AsyncRateLimiter, RateLimiter
from .redact import origin
from .retry import RATE_LIMITED, RequestInfo, RetryDecision, RetryState

__all__ = [
    "DEFAULT_IDEMPOTENT_METHODS",
    "OPERATION_EXTENSION",
    "AsyncPolicyTransport",
    "PolicyTransport",
]

OPERATION_EXTENSION = "clientgen_operation"
_NO_SCOPE: AbstractContextManager[None] = nullcontext()  # reusable: it holds no state
DEFAULT_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
MIN_RETRY_SHARE = 0.1  # a retry is sent only with this share of its timeout left (`too_late`)


class _PolicyCore:
    """What the sync and async transports share: classification, observation and logging."""

    def __init__(
        self,
        policy: ClientPolicy,
        credential_key: str,
        retry: RetryPolicy | None,
        rng: random.Random | None,
        logger: logging.Logger | None,
        clock: Callable[[], float] | None,
        hooks: Hooks | None = None,
    ) -> None:
        self.policy = policy
        self.hooks = hooks if hooks else None
        self.limiter_key = f"{policy.vendor}:{credential_key}"
        self.retry_policy = retry if retry is not None else policy.retry
        self.rng = rng if rng is not None else random.Random()
        self.logger = logger if logger is not None else logging.getLogger(f"{policy.vendor}_client")
        self.clock = clock if clock is not None else time.monotonic
        # Statuses that can never be retried skip the retry bookkeeping (the common case).
        self.retry_statuses = frozenset(self.retry_policy.retry_on_status)
        self._operations: dict[tuple[str | None, str], tuple[bool, str | None]] = {}
        rate_limit = policy.rate_limit
        self.remaining_header = rate_limit.remaining_header if rate_limit is not None else None
        self.store_deadlines = False  # set by the transport once it knows its limiter's store

    def _operation_facts(self, operation_id: str | None, method: str) -> tuple[bool, str | None]:
        """(idempotent, rate-limit profile), looked up once per operation and method."""
        found = self._operations.get((operation_id, method))
        if found is None:
            operation = self.policy.operation(operation_id)
            if operation is not None:
                found = (operation.idempotent, operation.rate_limit_profile)
            else:
                found = (method in DEFAULT_IDEMPOTENT_METHODS, None)
            self._operations[operation_id, method] = found
        return found

    def classify(self, request: httpx.Request) -> tuple[str | None, bool, str | None]:
        """(operation id, idempotent, rate-limit profile) for the request."""
        raw = request.extensions.get(OPERATION_EXTENSION)
        operation_id = raw if isinstance(raw, str) else None
        return (operation_id, *self._operation_facts(operation_id, request.method.upper()))

    @staticmethod
    def info(request: httpx.Request, operation_id: str | None, idempotent: bool) -> RequestInfo:
        return RequestInfo(operation_id, request.method.upper(), request.url.path, idempotent)

    def budget(self, request: httpx.Request, state: RetryState | None) -> float | None:
        """What the next attempt, and the store calls before it, may take: the client's timeout,
        and once a retry is under way no more than is left of `max_elapsed`. A call therefore
        ends within the larger of the two (plus the last backoff's rounding)."""
        timeout = deadline.attempt_budget(request)
        if state is None:
            return timeout
        return deadline.call_budget(timeout, self.retry_policy.max_elapsed, state.elapsed)

    def store_scope(self, budget: float | None) -> AbstractContextManager[None]:
        """Run limiter-store calls within `budget` (see `deadline.for_store`), when the store
        does I/O that honours it (`uses_deadline`); a store in memory costs nothing here."""
        return deadline.for_store(budget) if self.store_deadlines else _NO_SCOPE

    def too_late(self, request: httpx.Request, budget: float | None) -> bool:
        """Too little is left of `max_elapsed` for a retry to have a fair chance: under a tenth
        of its own timeout (or of max_elapsed, when that is shorter). Such a retry would end in
        a timeout that hides what the vendor last said."""
        if budget is None:
            return False
        limits = [self.retry_policy.max_elapsed]
        timeout = deadline.attempt_budget(request)
        if timeout is not None:
            limits.append(timeout)
        return budget <= MIN_RETRY_SHARE * min(limits)

    def give_up(self, state: RetryState, last: httpx.Response | Exception, request: httpx.Request) -> httpx.Response:
        """The call's time ran out while it waited its turn to retry: what the last attempt
        got, as if no retry had been allowed (a response is returned, a failure raised)."""
        if isinstance(last, httpx.Response):
            return last
        stop = RetryDecision(False, error=state.give_up_error(last))
        raise self.failure(stop, last, request) from last

    def final(self, response: httpx.Response) -> bool:
        """True when no retry rule can apply to this response's status."""
        return response.status_code not in self.retry_statuses

    def retry_state(
        self, request: httpx.Request, operation_id: str | None, idempotent: bool, started: float
    ) -> RetryState:
        """The retry bookkeeping, built after the first attempt failed (at `started`)."""
        info = self.info(request, operation_id, idempotent)
        return RetryState(info, self.retry_policy, clock=self.clock, rng=self.rng, first_attempt_at=started)

    def remaining(self, response: httpx.Response) -> int | None:
        """The server's "requests left" report, when the policy names a header for it."""
        if self.remaining_header is None:
            return None
        return parse_int(response.headers.get(self.remaining_header))

    def log_wait(self, request: httpx.Request, operation_id: str | None, idempotent: bool, wait: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            where = self.info(request, operation_id, idempotent).where
            self.logger.debug("rate limiter: waiting %.3fs before %s", wait, where)

    def log_retry(self, state: RetryState, decision: RetryDecision) -> None:
        next_attempt = state.attempt + 1
        total = self.retry_policy.max_retries + 1
        self.logger.info(
            "retrying %s: attempt %d of %d in %.3fs, reason: %s",
            state.info.where,
            next_attempt,
            total,
            decision.delay,
            decision.reason,
            extra={
                "clientgen_operation": state.info.operation_id,
                "clientgen_attempt": next_attempt,
                "clientgen_wait": decision.delay,
                "clientgen_reason": decision.reason,
            },
        )

    def observer(self, request: httpx.Request, operation_id: str | None) -> CallObserver | None:
        if self.hooks is None:
            return None
        return CallObserver(self.hooks, request, operation_id, self.logger)

    def async_observer(self, request: httpx.Request, operation_id: str | None) -> AsyncCallObserver | None:
        if self.hooks is None:
            return None
        return AsyncCallObserver(self.hooks, request, operation_id, self.logger)

    def pause_for(self, decision: RetryDecision, state: RetryState) -> float:
        """How long a 429 closes the credential's bucket: the server's wait, spread over up to
        twice that. Uncoordinated processes that all came back exactly when told would all land
        in the penalty each other's retries extend; spread out, the penalty ends. The vendor's
        bucket is full meanwhile, so waiting longer costs no throughput. The spread stops where
        this call's `max_elapsed` would (the server's own wait always fits: `decide` saw to it)."""
        spread = decision.delay * (1.0 + self.rng.random())
        left = self.retry_policy.max_elapsed - state.elapsed
        return max(decision.delay, min(spread, left))

    @staticmethod
    def failure(decision: RetryDecision, exc: Exception, request: httpx.Request) -> APIError | Exception:
        """The error to raise, naming the scheme, host and port it tried (never credentials)."""
        error = decision.error
        if error is None:
            return exc
        error.message = f"{error.message}; tried {origin(request.url)}"
        error.args = (error.message,)
        return error


def _uses_deadline(limiter: RateLimiter | AsyncRateLimiter | None) -> bool:
    """Whether the limiter's store takes the request's deadline (`uses_deadline = True`, as the
    Redis stores do; a store of your own may set it and read `deadline.store_budget`)."""
    return getattr(getattr(limiter, "store", None), "uses_deadline", False) is True


def _default_limiter(
    limiter: RateLimiter | Literal[False] | None, policy: RateLimitPolicy | None
) -> RateLimiter | None:
    """`None` -> a limiter on the process-wide store for `policy`; `False` -> no limiting."""
    if limiter is False:
        return None
    if limiter is None:
        return None if policy is None else RateLimiter(policy, default_store())
    return limiter


class PolicyTransport(httpx.BaseTransport):
    """Sync transport: rate limiting, safe retries and error mapping around an inner transport.

    `limiter=None` builds one from `policy.rate_limit` on the process-wide in-memory store (so
    clients sharing a credential share a bucket); `limiter=False` turns rate limiting off.
    `sleep` and `clock` are injectable for tests.
    """

    def __init__(
        self,
        policy: ClientPolicy,
        *,
        inner: httpx.BaseTransport | None = None,
        credential_key: str = "anonymous",
        limiter: RateLimiter | Literal[False] | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        rng: random.Random | None = None,
        logger: logging.Logger | None = None,
        clock: Callable[[], float] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        self._core = _PolicyCore(policy, credential_key, retry, rng, logger, clock, hooks)
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        # Whole-attempt deadlines where the socket layer can take them (see `deadline`).
        self._bounded = deadline.install(self._inner)
        self._limiter = _default_limiter(limiter, policy.rate_limit)
        self._core.store_deadlines = _uses_deadline(self._limiter)
        self._sleep = sleep if sleep is not None else time.sleep

    def _send_once(self, request: httpx.Request, call: CallObserver | None, budget: float | None) -> httpx.Response:
        if call is not None:
            call.sending()
        started = self._core.clock()
        if not self._bounded:
            budget = None  # another transport: its own timeouts apply
        try:
            with deadline.using(None if budget is None else time.monotonic() + budget):
                response = self._inner.handle_request(request)
                try:
                    response.read()
                except BaseException:
                    response.close()
                    raise
        except BaseException as exc:
            if call is not None:
                call.failed(exc)
            raise
        response.elapsed = timedelta(seconds=max(0.0, self._core.clock() - started))
        if call is not None:
            call.received(response)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = self._core
        operation_id, idempotent, profile = core.classify(request)
        request.read()  # buffer the body so every attempt can replay it
        call = core.observer(request, operation_id)
        state: RetryState | None = None  # built on the first failure, never on the happy path
        last: httpx.Response | Exception | None = None  # what the last attempt got
        started = 0.0
        while True:
            budget = core.budget(request, state)
            if self._limiter is not None:
                with core.store_scope(budget):
                    wait = self._limiter.reserve(core.limiter_key, profile)
                if wait > 0:
                    core.log_wait(request, operation_id, idempotent, wait)
                    if call is not None:
                        call.rate_limit_wait(wait)
                    with core.store_scope(budget):
                        generation = self._limiter.generation(core.limiter_key, profile)
                    self._sleep(wait)
                    with core.store_scope(core.budget(request, state)):
                        moved = self._limiter.generation(core.limiter_key, profile) != generation
                    if moved:
                        continue  # a 429 paused the bucket meanwhile: this slot went with it
                    budget = core.budget(request, state)
            if state is None:
                started = core.clock()
            else:
                if last is not None and core.too_late(request, budget):
                    return core.give_up(state, last, request)
                state.begin_attempt()
            try:
                response = self._send_once(request, call, budget)
            except httpx.TransportError as exc:
                if state is None:
                    state = core.retry_state(request, operation_id, idempotent, started)
                decision = state.decide(exc=exc)
                if not decision.retry:
                    raise core.failure(decision, exc, request) from exc
                last = exc
                status: int | None = None
            else:
                if self._limiter is not None:
                    remaining = core.remaining(response)
                    if remaining is not None:
                        self._limiter.observe_remaining(core.limiter_key, remaining)
                if core.final(response):
                    return response
                if state is None:
                    state = core.retry_state(request, operation_id, idempotent, started)
                decision = state.decide(response=response)
                if not decision.retry:
                    return response
                response.close()
                last = response
                status = response.status_code
                if self._limiter is not None and status == RATE_LIMITED:
                    core.log_retry(state, decision)
                    pause = core.pause_for(decision, state)
                    if call is not None:
                        call.retrying(decision.reason, pause, status)
                    # Every request of this credential waits it out, not only this one.
                    with core.store_scope(core.budget(request, state)):
                        self._limiter.pause(core.limiter_key, profile, pause)
                    continue
            core.log_retry(state, decision)
            if call is not None:
                call.retrying(decision.reason, decision.delay, status)
            self._sleep(decision.delay)

    def close(self) -> None:
        self._inner.close()

    def __repr__(self) -> str:
        return f"PolicyTransport(vendor={self._core.policy.vendor!r})"


async def _async_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


def _default_async_limiter(
    limiter: AsyncRateLimiter | Literal[False] | None, policy: RateLimitPolicy | None
) -> AsyncRateLimiter | None:
    if limiter is False:
        return None
    if limiter is None:
        return None if policy is None else AsyncRateLimiter(policy, default_store())
    return limiter


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Async twin of `PolicyTransport`."""

    def __init__(
        self,
        policy: ClientPolicy,
        *,
        inner: httpx.AsyncBaseTransport | None = None,
        credential_key: str = "anonymous",
        limiter: AsyncRateLimiter | Literal[False] | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rng: random.Random | None = None,
        logger: logging.Logger | None = None,
        clock: Callable[[], float] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        self._core = _PolicyCore(policy, credential_key, retry, rng, logger, clock, hooks)
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self._limiter = _default_async_limiter(limiter, policy.rate_limit)
        self._core.store_deadlines = _uses_deadline(self._limiter)
        self._sleep = sleep if sleep is not None else _async_sleep

    async def _send_once(
        self, request: httpx.Request, call: AsyncCallObserver | None, budget: float | None
    ) -> httpx.Response:
        if call is not None:
            await call.sending()
        started = self._core.clock()
        try:
            # The whole attempt (connect, headers, body) within the client's timeout.
            async with asyncio.timeout(budget):
                response = await self._inner.handle_async_request(request)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
        except TimeoutError:
            timeout = httpx.ReadTimeout(
                f"the attempt took longer than its {budget or 0:.3g}s budget (the client's"
                " timeout, cut to what was left of the retry policy's max_elapsed)",
                request=request,
            )
            if call is not None:
                await call.failed(timeout)
            raise timeout from None
        except BaseException as exc:
            if call is not None:
                await call.failed(exc)
            raise
        response.elapsed = timedelta(seconds=max(0.0, self._core.clock() - started))
        if call is not None:
            await call.received(response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = self._core
        operation_id, idempotent, profile = core.classify(request)
        await request.aread()  # buffer the body so every attempt can replay it
        call = core.async_observer(request, operation_id)
        state: RetryState | None = None  # built on the first failure, never on the happy path
        last: httpx.Response | Exception | None = None  # what the last attempt got
        started = 0.0
        while True:
            budget = core.budget(request, state)
            if self._limiter is not None:
                with core.store_scope(budget):
                    wait = await self._limiter.reserve(core.limiter_key, profile)
                if wait > 0:
                    core.log_wait(request, operation_id, idempotent, wait)
                    if call is not None:
                        await call.rate_limit_wait(wait)
                    with core.store_scope(budget):
                        generation = await self._limiter.generation(core.limiter_key, profile)
                    await self._sleep(wait)
                    with core.store_scope(core.budget(request, state)):
                        moved = await self._limiter.generation(core.limiter_key, profile) != generation
                    if moved:
                        continue  # a 429 paused the bucket meanwhile: this slot went with it
                    budget = core.budget(request, state)
            if state is None:
                started = core.clock()
            else:
                if last is not None and core.too_late(request, budget):
                    return core.give_up(state, last, request)
                state.begin_attempt()
            try:
                response = await self._send_once(request, call, budget)
            except httpx.TransportError as exc:
                if state is None:
                    state = core.retry_state(request, operation_id, idempotent, started)
                decision = state.decide(exc=exc)
                if not decision.retry:
                    raise core.failure(decision, exc, request) from exc
                last = exc
                status: int | None = None
            else:
                if self._limiter is not None:
                    remaining = core.remaining(response)
                    if remaining is not None:
                        await self._limiter.observe_remaining(core.limiter_key, remaining)
                if core.final(response):
                    return response
                if state is None:
                    state = core.retry_state(request, operation_id, idempotent, started)
                decision = state.decide(response=response)
                if not decision.retry:
                    return response
                await response.aclose()
                last = response
                status = response.status_code
                if self._limiter is not None and status == RATE_LIMITED:
                    core.log_retry(state, decision)
                    pause = core.pause_for(decision, state)
                    if call is not None:
                        await call.retrying(decision.reason, pause, status)
                    with core.store_scope(core.budget(request, state)):
                        await self._limiter.pause(core.limiter_key, profile, pause)
                    continue
            core.log_retry(state, decision)
            if call is not None:
                await call.retrying(decision.reason, decision.delay, status)
            await self._sleep(decision.delay)

    async def aclose(self) -> None:
        await self._inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncPolicyTransport(vendor={self._core.policy.vendor!r})"
