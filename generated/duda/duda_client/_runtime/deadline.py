"""Deadlines: the client's timeout bounds each whole attempt, `max_elapsed` bounds the call.

httpx's timeouts apply to each socket operation, so a server dripping one byte a second never
trips a 3 s read timeout. The async transport wraps each attempt in `asyncio.timeout`; the sync
one cannot interrupt a blocking read from outside, so its HTTP transport's network backend is
wrapped: every connect, read and write gets at most the time left before the current thread's
deadline, and none starts after it.

Limiter-store calls made for a request (a shared store's reserve, pause, generation) run under
`for_store`, and a store doing I/O cuts its own timeout with `store_budget`: a frozen Redis
costs a request no more than its deadline.
"""

from __future__ import annotations

import threading
import time
import typing
from collections.abc import Iterable
from contextvars import ContextVar

import httpcore
import httpx

__all__ = [
    "attempt_budget",
    "bound",
    "call_budget",
    "for_store",
    "install",
    "store_budget",
    "using",
]

_local = threading.local()
# A ContextVar, not the thread-local: async stores run in tasks that share one thread.
_store_deadline: ContextVar[float | None] = ContextVar("clientgen_store_deadline", default=None)


def attempt_budget(request: httpx.Request) -> float | None:
    """The seconds one attempt may take: the largest of the request's httpx timeouts (httpx
    puts them in `request.extensions["timeout"]`); None when there is none."""
    timeouts = request.extensions.get("timeout")
    if not isinstance(timeouts, dict):
        return None
    values = [v for v in timeouts.values() if isinstance(v, int | float)]
    return max(values) if values else None


def call_budget(timeout: float | None, max_elapsed: float, elapsed: float) -> float:
    """The seconds the next attempt of a call may take: the client's `timeout`, cut to what is
    left of the retry policy's `max_elapsed` after `elapsed` (never below zero)."""
    left = max(0.0, max_elapsed - elapsed)
    return left if timeout is None else min(timeout, left)


class for_store:
    """Limiter-store calls made inside take at most `budget` seconds (None: the store's own
    timeout alone)."""

    def __init__(self, budget: float | None) -> None:
        self._deadline = None if budget is None else time.monotonic() + budget
        self._token: typing.Any = None

    def __enter__(self) -> None:
        self._token = _store_deadline.set(self._deadline)

    def __exit__(self, *exc: object) -> None:
        _store_deadline.reset(self._token)


def store_budget(timeout: float | None) -> float | None:
    """A store's own `timeout` cut to what is left of the request's deadline (see `for_store`);
    0.0 once it has passed."""
    deadline = _store_deadline.get()
    if deadline is None:
        return timeout
    left = max(0.0, deadline - time.monotonic())
    return left if timeout is None else min(timeout, left)


class using:
    """Set this thread's deadline (monotonic seconds) for the duration of one attempt."""

    def __init__(self, deadline: float | None) -> None:
        self._deadline = deadline
        self._saved: float | None = None

    def __enter__(self) -> None:
        self._saved = getattr(_local, "deadline", None)
        _local.deadline = self._deadline

    def __exit__(self, *exc: object) -> None:
        _local.deadline = self._saved


def bound(timeout: float | None) -> float | None:
    """`timeout` cut to what is left of this thread's deadline; raises once it has passed."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the attempt's deadline (the client's timeout) has passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, bound(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, bound(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bound(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, bound(timeout), local_address, socket_options)
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, bound(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(transport: httpx.BaseTransport) -> bool:
    """Make an `httpx.HTTPTransport`'s connections honour the thread's deadline; False for any
    other transport (left as it is: its own timeouts apply)."""
    pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
    backend = getattr(pool, "_network_backend", None)
    if backend is None or isinstance(backend, _Backend):
        return backend is not None
    pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return True
