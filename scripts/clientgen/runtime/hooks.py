"""Callbacks a user attaches to a client to watch each request: typed events, no secrets.

The transport reports one logical call (`request_id`) as a series of events: a rate-limit wait
before an attempt, the attempt itself (`RequestEvent`), its outcome (`ResponseEvent` or
`ErrorEvent`), and, when it is retried, a `RetryEvent` with the reason and the wait. Events carry
the URL and headers as `redact` shows them, so no credential reaches a callback.

Errors: an exception from an `on_request` callback propagates (nothing is sent, so a callback
can veto a request); one from any other callback is logged and the call goes on, since the
request it describes has already happened. Async calls (`asyncio()`, `asyncio_detailed()`) accept
async and sync callbacks; sync calls only sync ones (an async `on_request` callback in a sync call
raises TypeError before anything is sent; any other is logged).
"""

from __future__ import annotations

import inspect
import itertools
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from .redact import safe_headers, safe_url

__all__ = [
    "AsyncCallObserver",
    "CallObserver",
    "ErrorEvent",
    "Event",
    "Hooks",
    "RateLimitWaitEvent",
    "RequestEvent",
    "ResponseEvent",
    "RetryEvent",
    "combine",
]


@dataclass(frozen=True, slots=True)
class Event:
    """What every event says: which call (`request_id`), which attempt (1-based), and where."""

    request_id: int
    attempt: int
    operation_id: str | None
    method: str
    url: str


@dataclass(frozen=True, slots=True)
class RateLimitWaitEvent(Event):
    """The client's own rate limiter holds attempt `attempt` back for `wait` seconds."""

    wait: float


@dataclass(frozen=True, slots=True)
class RequestEvent(Event):
    """Attempt `attempt` is about to be sent (headers as sent, secrets REDACTED)."""

    headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ResponseEvent(Event):
    """Attempt `attempt` got a response, body read, after `elapsed` seconds."""

    status_code: int
    headers: Mapping[str, str]
    elapsed: float


@dataclass(frozen=True, slots=True)
class ErrorEvent(Event):
    """Attempt `attempt` ended without a response; `error_type` is the exception's class name."""

    error_type: str


@dataclass(frozen=True, slots=True)
class RetryEvent(Event):
    """Attempt `attempt` failed and will be resent after `wait` seconds because `reason`.

    `status_code` is the failed attempt's status (None when it got no response).
    """

    reason: str
    wait: float
    status_code: int | None


E = TypeVar("E", bound=Event)
# A callback's return value is ignored, unless it is awaitable (awaited by an async client).
Callback = Callable[[E], object]


@dataclass(frozen=True, slots=True)
class Hooks:
    """Callbacks by event; each field is a sequence of callables taking that event."""

    on_request: Sequence[Callback[RequestEvent]] = ()
    on_response: Sequence[Callback[ResponseEvent]] = ()
    on_error: Sequence[Callback[ErrorEvent]] = ()
    on_retry: Sequence[Callback[RetryEvent]] = ()
    on_rate_limit_wait: Sequence[Callback[RateLimitWaitEvent]] = ()

    def __post_init__(self) -> None:
        """Refuse what would fail only at the first request: a bare callable, a non-callable."""
        for name in _FIELDS:
            value = getattr(self, name)
            if callable(value) or isinstance(value, str):
                raise TypeError(f"Hooks.{name}: pass a sequence of callables, e.g. {name}=[fn]")
            callbacks = tuple(value)
            for callback in callbacks:
                if not callable(callback):
                    raise TypeError(f"Hooks.{name}: {type(callback).__name__} is not callable")
            object.__setattr__(self, name, callbacks)

    def __bool__(self) -> bool:
        callbacks = (self.on_request, self.on_response, self.on_error, self.on_retry)
        return any(callbacks) or bool(self.on_rate_limit_wait)


_FIELDS = ("on_request", "on_response", "on_error", "on_retry", "on_rate_limit_wait")


def combine(hooks: Hooks | Sequence[Hooks] | None) -> Hooks | None:
    """One `Hooks` holding every callback of `hooks`, in order; None when there are none."""
    if hooks is None:
        return None
    if isinstance(hooks, Hooks):
        return hooks if hooks else None
    merged = Hooks(
        on_request=[c for h in hooks for c in h.on_request],
        on_response=[c for h in hooks for c in h.on_response],
        on_error=[c for h in hooks for c in h.on_error],
        on_retry=[c for h in hooks for c in h.on_retry],
        on_rate_limit_wait=[c for h in hooks for c in h.on_rate_limit_wait],
    )
    return merged if merged else None


_request_ids = itertools.count(1)


class _Call:
    """The events of one logical call: counts attempts and builds each event once."""

    def __init__(
        self, hooks: Hooks, request: httpx.Request, operation_id: str | None, logger: logging.Logger
    ) -> None:
        self.hooks = hooks
        self.request = request
        self.logger = logger
        self.request_id = next(_request_ids)
        self.attempt = 0
        self.operation_id = operation_id
        self.method = request.method.upper()
        self.url = safe_url(request.url)

    def _base(self, attempt: int) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "attempt": attempt,
            "operation_id": self.operation_id,
            "method": self.method,
            "url": self.url,
        }

    def _request_event(self) -> RequestEvent:
        self.attempt += 1
        headers = safe_headers(self.request.headers.multi_items())
        return RequestEvent(**self._base(self.attempt), headers=headers)

    def _response_event(self, response: httpx.Response) -> ResponseEvent:
        return ResponseEvent(
            **self._base(self.attempt),
            status_code=response.status_code,
            headers=safe_headers(response.headers.multi_items()),
            elapsed=response.elapsed.total_seconds(),
        )

    def _error_event(self, exc: BaseException) -> ErrorEvent:
        return ErrorEvent(**self._base(self.attempt), error_type=type(exc).__name__)

    def _retry_event(self, reason: str, wait: float, status: int | None) -> RetryEvent:
        return RetryEvent(**self._base(self.attempt), reason=reason, wait=wait, status_code=status)

    def _wait_event(self, wait: float) -> RateLimitWaitEvent:
        return RateLimitWaitEvent(**self._base(self.attempt + 1), wait=wait)

    def _log(self, callback: object, event: Event) -> None:
        name = getattr(callback, "__qualname__", repr(callback))
        kind = type(event).__name__
        self.logger.warning("hook %s raised on %s; ignored", name, kind, exc_info=True)


class CallObserver(_Call):
    """Runs sync callbacks for one call of a sync client."""

    def _run(self, callbacks: Sequence[Callback[E]], event: E, propagate: bool = False) -> None:
        for callback in callbacks:
            try:
                result = callback(event)
                if inspect.isawaitable(result):
                    if inspect.iscoroutine(result):
                        result.close()
                    raise TypeError(
                        "an async hook cannot run in a sync call; call asyncio() or pass a sync one"
                    )
            except Exception:
                if propagate:
                    raise
                self._log(callback, event)

    def rate_limit_wait(self, wait: float) -> None:
        if self.hooks.on_rate_limit_wait:
            self._run(self.hooks.on_rate_limit_wait, self._wait_event(wait))

    def sending(self) -> None:
        event = self._request_event()
        if self.hooks.on_request:
            self._run(self.hooks.on_request, event, propagate=True)

    def received(self, response: httpx.Response) -> None:
        if self.hooks.on_response:
            self._run(self.hooks.on_response, self._response_event(response))

    def failed(self, exc: BaseException) -> None:
        if self.hooks.on_error:
            self._run(self.hooks.on_error, self._error_event(exc))

    def retrying(self, reason: str, wait: float, status: int | None) -> None:
        if self.hooks.on_retry:
            self._run(self.hooks.on_retry, self._retry_event(reason, wait, status))


class AsyncCallObserver(_Call):
    """Runs sync and async callbacks for one call of an async client."""

    async def _run(
        self, callbacks: Sequence[Callback[E]], event: E, propagate: bool = False
    ) -> None:
        for callback in callbacks:
            try:
                result = callback(event)
                if inspect.isawaitable(result):
                    await _awaited(result)
            except Exception:
                if propagate:
                    raise
                self._log(callback, event)

    async def rate_limit_wait(self, wait: float) -> None:
        if self.hooks.on_rate_limit_wait:
            await self._run(self.hooks.on_rate_limit_wait, self._wait_event(wait))

    async def sending(self) -> None:
        event = self._request_event()
        if self.hooks.on_request:
            await self._run(self.hooks.on_request, event, propagate=True)

    async def received(self, response: httpx.Response) -> None:
        if self.hooks.on_response:
            await self._run(self.hooks.on_response, self._response_event(response))

    async def failed(self, exc: BaseException) -> None:
        if self.hooks.on_error:
            await self._run(self.hooks.on_error, self._error_event(exc))

    async def retrying(self, reason: str, wait: float, status: int | None) -> None:
        if self.hooks.on_retry:
            await self._run(self.hooks.on_retry, self._retry_event(reason, wait, status))


async def _awaited(result: Awaitable[object]) -> None:
    await result
