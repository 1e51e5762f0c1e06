"""Serving a mock over real HTTP with uvicorn, where an injected drop really closes the socket.

Plain uvicorn answers 500 when an app raises before responding; `DroppingH11Protocol` instead
closes the connection without a byte, so clients see what a network failure looks like
(httpx: `RemoteProtocolError: Server disconnected without sending a response`).
"""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from .faults import DropConnection

LOOPBACK = ("127.0.0.1", "::1", "localhost")


class DroppingH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing the socket silently on `DropConnection`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        inner: ASGIApp = self.app

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            try:
                await inner(scope, receive, send)
            except DropConnection:
                self.transport.close()
                # Let connection_lost run so uvicorn sees a disconnect, not a missing response.
                await asyncio.sleep(0)

        self.app = app


Fingerprint = tuple[tuple[str, int, int], ...]


def _fingerprint(paths: Sequence[Path]) -> Fingerprint:
    found = []
    for path in paths:
        try:
            stat = path.stat()
        except FileNotFoundError:
            found.append((str(path), -1, -1))
        else:
            found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


class SpecReloader:
    """An ASGI app that rebuilds the mock when the spec it was built from changes on disk.

    A running `nox -s mock` would otherwise keep validating against the spec it started with and
    answer a field added since (and regenerated into the client) with a 422. Each request stats
    the watched files; when they changed and the spec now loads differently, the mock is rebuilt
    (its demo data starts afresh, which the console says). A spec that does not load answers 503
    naming the file and saying to fix it or restart, instead of serving the stale one.
    """

    def __init__(
        self,
        build: Callable[[dict[str, Any]], ASGIApp],
        load: Callable[[], dict[str, Any]],
        watch: Sequence[Path],
        log: Callable[[str], None] | None = None,
    ) -> None:
        self._build, self._load, self._watch = build, load, tuple(watch)
        self._log = log or (lambda message: print(message, file=sys.stderr, flush=True))
        self._spec = load()
        self._app = build(self._spec)
        self._seen = _fingerprint(self._watch)
        self._error: str | None = None
        self.reloads = 0

    def _refresh(self) -> None:
        now = _fingerprint(self._watch)
        if now == self._seen:
            return
        try:
            spec = self._load()
            app = self._build(spec) if spec != self._spec else self._app
        except Exception as exc:  # any failure to load or build: refuse, keep watching
            names = ", ".join(str(p) for p in self._watch)
            self._error = (
                f"mock: the spec changed ({names}) and could not be reloaded: {exc}; fix it or restart `nox -s mock`"
            )
            self._log(self._error)
            return
        self._seen, self._error = now, None
        if app is not self._app:
            self._spec, self._app = spec, app
            self.reloads += 1
            self._log("mock: spec changed on disk; reloaded it (demo data reset)")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self._refresh()
        if self._error is not None and scope["type"] == "http":
            await JSONResponse({"errors": [self._error]}, status_code=503)(scope, receive, send)
            return
        await self._app(scope, receive, send)


def uvicorn_config(app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=DroppingH11Protocol,
        lifespan="off",
        log_level="warning",
        access_log=False,
    )


class MockServer:
    """Run an app on 127.0.0.1 and a free port in a background thread.

    with MockServer(create_app("duoplane")) as server:
        httpx.get(server.base_url + "/api/orders", auth=("demo-key", "demo-password"))
    """

    def __init__(self, app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = app
        self.host = host
        # IPPROTO_TCP named explicitly: asyncio only turns TCP_NODELAY on for accepted
        # connections when the listening socket says it is TCP. Without it every keep-alive
        # request stalls ~40 ms on delayed ACKs (about 22 requests/s in all).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.port: int = self._socket.getsockname()[1]
        self._server = uvicorn.Server(uvicorn_config(app, host, self.port))
        self._thread = threading.Thread(target=self._run, name=f"mock:{self.port}", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _run(self) -> None:
        self._server.run(sockets=[self._socket])

    def start(self, timeout: float = 10.0) -> MockServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"mock server on {self.base_url} did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
