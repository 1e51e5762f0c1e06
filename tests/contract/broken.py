"""Deliberately broken variants of a mock, one per failure class the fuzz suite must catch.

Each is an ASGI middleware around a correct mock that breaks exactly one promise of the spec.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

Rewrite = Callable[[Scope, int, dict[str, str], bytes], tuple[int, dict[str, str], bytes]]


class ResponseRewriter:
    """Buffers each response and lets `rewrite` change status, headers and body."""

    def __init__(self, app: ASGIApp, rewrite: Rewrite) -> None:
        self.app = app
        self.rewrite = rewrite

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] == "/openapi.json":
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in start["headers"]}
        status, headers, body = self.rewrite(scope, start["status"], headers, b"".join(chunks))
        headers["content-length"] = str(len(body))
        raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        await send({"type": "http.response.start", "status": status, "headers": raw})
        await send({"type": "http.response.body", "body": body})


def server_error(app: ASGIApp) -> ASGIApp:
    """Every GET crashes: not_a_server_error must object."""
    return ResponseRewriter(
        app, lambda s, st, h, b: (500, h, b) if s["method"] == "GET" else (st, h, b)
    )


def wrong_content_type(app: ASGIApp) -> ASGIApp:
    """JSON sent as text/plain: content_type_conformance must object."""

    def rewrite(
        scope: Scope, status: int, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        return status, {**headers, "content-type": "text/plain"}, body

    return ResponseRewriter(app, rewrite)


def schema_violation(app: ASGIApp) -> ASGIApp:
    """2xx bodies lose every field: response_schema_conformance must object."""

    def rewrite(
        scope: Scope, status: int, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        if 200 <= status < 300:
            return status, headers, json.dumps({"broken": True}).encode()
        return status, headers, body

    return ResponseRewriter(app, rewrite)


def undocumented_status(app: ASGIApp) -> ASGIApp:
    """Successes answered with 418: status_code_conformance must object."""
    return ResponseRewriter(app, lambda s, st, h, b: (418, h, b) if 200 <= st < 300 else (st, h, b))


def accepts_invalid_data(app: ASGIApp) -> ASGIApp:
    """Client errors turned into 200s: negative_data_rejection must object."""
    return ResponseRewriter(
        app, lambda s, st, h, b: (200, h, b) if st in (400, 422) else (st, h, b)
    )


def rejects_valid_data(app: ASGIApp) -> ASGIApp:
    """Successful writes turned into 400s: positive_data_acceptance must object."""
    return ResponseRewriter(
        app,
        lambda s, st, h, b: (400, h, b) if s["method"] != "GET" and st < 300 else (st, h, b),
    )


def ignores_auth(app: ASGIApp, username: str, password: str) -> ASGIApp:
    """Requests without valid credentials are let through: ignored_auth must object."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode()

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
            headers.append((b"authorization", f"Basic {token}".encode()))
            scope = {**scope, "headers": headers}
        await app(scope, receive, send)

    return middleware


def loses_created_resources(app: ASGIApp) -> ASGIApp:
    """Reads by id always 404: ensure_resource_availability must object (stateful)."""

    def rewrite(
        scope: Scope, status: int, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        by_id = scope["method"] == "GET" and scope["path"].rstrip("/").split("/")[-1].isdigit()
        return (404, headers, body) if by_id and status == 200 else (status, headers, body)

    return ResponseRewriter(app, rewrite)
