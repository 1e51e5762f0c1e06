"""The fake vendor for a service's own tests: the stateful mock behind an httpx transport.

`with fake_vendor("duoplane") as fake: client = fake.client()` gives a generated client whose
requests reach the mock in-process (no socket), sync and async alike, with the mock's auth,
tenants, state, rate limit, faults and quirks. `fake.requests` and `fake.store` are what a test
asserts on ("my service created this order exactly once"); `serve()` is the loopback server.
"""

from __future__ import annotations

import asyncio
import importlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import httpx
from starlette.applications import Starlette
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .app import MockState, create_app
from .auth import Credential, demo_credential
from .config import MockConfig
from .faults import DropConnection
from .server import MockServer
from .store import Store

# Never contacted: the fake's transports answer every request in-process.
FAKE_BASE_URL = "http://127.0.0.1:9"
# Shipped as <vendor>_client.testing, the fake is that vendor's unless told otherwise.
_PACKAGE = __name__.split(".", 1)[0]
HOME_VENDOR = _PACKAGE.removesuffix("_client") if _PACKAGE.endswith("_client") else None


def _vendor(vendor: str | None) -> str:
    if vendor is not None:
        return vendor
    if HOME_VENDOR is None:
        raise TypeError("fake_vendor()/serve(): name the vendor (duel, duoplane or duda)")
    return HOME_VENDOR


class SeenRequest(NamedTuple):
    """One request the fake answered: what a test asserts on."""

    method: str
    path: str
    status: int


@dataclass
class _Log:
    """Requests seen, shared by the sync and async transports of one fake."""

    seen: list[SeenRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, method: str, path: str, status: int) -> None:
        with self.lock:
            self.seen.append(SeenRequest(method, path, status))


class _Recording:
    """ASGI layer noting each request and the status answered (0: the connection dropped)."""

    def __init__(self, app: ASGIApp, log: _Log) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        noted = False

        async def noting(message: Message) -> None:
            # Noted before the answer leaves: over a socket the client may read the whole
            # response (and the test look at `fake.requests`) before the app returns.
            nonlocal noted
            if message["type"] == "http.response.start" and not noted:
                noted = True
                self.log.add(scope["method"], scope["path"], message["status"])
            await send(message)

        try:
            await self.app(scope, receive, noting)
        finally:
            if not noted:  # nothing was answered: the connection dropped
                self.log.add(scope["method"], scope["path"], 0)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """The mock app as an async httpx transport; an injected drop is a disconnect."""

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._asgi.handle_async_request(request)
        except DropConnection as exc:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response", request=request) from exc
        return response


class FakeTransport(httpx.BaseTransport):
    """The mock app as a sync httpx transport, run on the fake's own event-loop thread."""

    def __init__(self, inner: AsyncFakeTransport, loop: asyncio.AbstractEventLoop) -> None:
        self._inner = inner
        self._loop = loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        future = asyncio.run_coroutine_threadsafe(self._forward(request, body), self._loop)
        return future.result()

    async def _forward(self, request: httpx.Request, body: bytes) -> httpx.Response:
        copy = httpx.Request(request.method, request.url, headers=request.headers, content=body)
        response = await self._inner.handle_async_request(copy)
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
        return httpx.Response(
            response.status_code,
            headers=response.headers.raw,
            stream=httpx.ByteStream(raw),
            request=request,
        )


class _LoopThread:
    """An event loop on a daemon thread, for the sync transport."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


class Fake:
    """One fake vendor: its app, its state, and clients wired to it (in-process, or over the
    loopback server when `serve()` made it)."""

    def __init__(self, vendor: str, app: Starlette) -> None:
        self.vendor = vendor
        self.app = app
        self.base_url: str | None = None  # set while `serve()` serves it on a loopback port
        self._log = _Log()
        self.recording: ASGIApp = _Recording(app, self._log)
        self._async = AsyncFakeTransport(self.recording)
        self._loop: _LoopThread | None = None

    @property
    def state(self) -> MockState:
        """Everything the mock holds: store, limiter, faults, clock (see `MockState`)."""
        state: MockState = self.app.state.mock
        return state

    @property
    def store(self) -> Store:
        """The vendor's data per tenant, e.g. `fake.store.orders(fake.tenant())`."""
        return self.state.store

    @property
    def requests(self) -> list[SeenRequest]:
        """Every request answered so far, in order (status 0: the connection was dropped)."""
        with self._log.lock:
            return list(self._log.seen)

    @property
    def throttled(self) -> int:
        """How many 429s the fake has sent."""
        return sum(1 for seen in self.requests if seen.status == 429)

    def tenant(self, index: int = 0) -> str:
        """The first (0) or second (1) demo tenant's id."""
        return self.credential(index).tenant

    def credential(self, tenant: int = 0) -> Credential:
        """The demo credential the fake accepts for tenant 0 or 1."""
        return demo_credential(self.vendor, tenant, "basic")

    def transport(self) -> FakeTransport:
        """A sync httpx transport into the fake (for `httpx.Client(transport=...)`)."""
        if self._loop is None:
            self._loop = _LoopThread()
        return FakeTransport(self._async, self._loop.loop)

    def async_transport(self) -> AsyncFakeTransport:
        """An async httpx transport into the fake."""
        return self._async

    def client(self, tenant: int = 0, **kwargs: Any) -> Any:
        """The vendor package's `AuthenticatedClient` as a demo tenant, for sync and async calls."""
        package = importlib.import_module(f"{self.vendor}_client")
        credential = self.credential(tenant)
        if self.base_url is None:
            kwargs = {"transport": self.transport(), "async_transport": self._async, **kwargs}
        return package.AuthenticatedClient(
            self.base_url or FAKE_BASE_URL,
            username=credential.username,
            password=credential.password,
            **kwargs,
        )

    def reset(self) -> None:
        """Back to the seeded state, with no requests seen."""
        self.state.reset()
        with self._log.lock:
            self._log.seen.clear()

    def close(self) -> None:
        if self._loop is not None:
            self._loop.close()
            self._loop = None


def _fake(vendor: str | None, config: MockConfig | None, seed_data: bool | None, time_scale: float | None) -> Fake:
    config = config or MockConfig()
    if seed_data is not None:
        config = replace(config, seed_data=seed_data)
    if time_scale is not None:
        config = replace(config, time_scale=time_scale)
    name = _vendor(vendor)
    return Fake(name, create_app(name, config=config))


@contextmanager
def fake_vendor(
    vendor: str | None = None,
    *,
    seed_data: bool | None = None,
    time_scale: float | None = None,
    config: MockConfig | None = None,
) -> Iterator[Fake]:
    """An in-process fake of `vendor` (default: the package's own, in `<vendor>_client.testing`);
    `config` sets faults, quirks, clock and rate limit."""
    fake = _fake(vendor, config, seed_data, time_scale)
    try:
        yield fake
    finally:
        fake.close()


@contextmanager
def serve(
    vendor: str | None = None,
    *,
    seed_data: bool | None = None,
    time_scale: float | None = None,
    config: MockConfig | None = None,
) -> Iterator[Fake]:
    """The fake on a real loopback port (`fake.base_url`), for code that opens its own sockets."""
    fake = _fake(vendor, config, seed_data, time_scale)
    with MockServer(fake.recording) as server:
        fake.base_url = server.base_url
        try:
            yield fake
        finally:
            fake.base_url = None
