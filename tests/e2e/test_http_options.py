"""A custom transport, a proxy, per-call timeouts and extra headers, as the READMEs show (#13)."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from e2e.client_cases import LOOPBACK, VendorCase
from e2e.test_client_behaviour import FAST, Recorder, cases, modes, reply
from e2e.test_hooks import client_for, run_get


class _Proxy(BaseHTTPRequestHandler):
    """A loopback HTTP proxy that answers every request itself and records its target."""

    seen: list[str]
    body: bytes

    def do_GET(self) -> None:
        self.seen.append(self.path)  # absolute-form: http://host:port/path when proxied
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[tuple[str, list[str], type[_Proxy]]]:
    class handler(_Proxy):
        seen: list[str] = []  # noqa: RUF012 (one list per fixture: the class is made here)
        body = b"{}"

    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.seen, handler
    finally:
        server.shutdown()
        server.server_close()


@cases
@modes
def test_requests_go_through_the_proxy_and_keep_the_policy(
    case: VendorCase, asynchronous: bool, proxy: tuple[str, list[str], type[_Proxy]]
) -> None:
    proxy_url, seen, handler = proxy
    handler.body = json.dumps(case.get_body).encode()
    seen_by_hooks: list[Any] = []
    client = case.package.AuthenticatedClient(
        LOOPBACK,  # port 9: nothing listens there, so only the proxy can answer
        username="u",
        password="p",
        time_scale=FAST,
        proxy=proxy_url,
        hooks=case.package.Hooks(on_response=[seen_by_hooks.append]),
    )
    response = asyncio.run(case.aget(client)) if asynchronous else case.get(client)
    assert response.status_code == 200
    assert seen == [LOOPBACK + case.get_path]
    assert len(seen_by_hooks) == 1, "the proxied request still went through the policy transport"


@cases
def test_httpx_args_that_would_bypass_the_policy_are_refused(case: VendorCase) -> None:
    for key in ("transport", "mounts", "proxy"):
        with pytest.raises(ValueError, match=f"httpx_args: {key} would bypass"):
            case.package.Client(LOOPBACK, httpx_args={key: None})


@cases
@modes
def test_with_options_sets_timeout_and_headers_for_some_calls_only(
    case: VendorCase, asynchronous: bool
) -> None:
    recorder = Recorder(reply(200, case.get_body))
    client = client_for(case, recorder, asynchronous, headers={"X-Source": "svc"}, timeout=5.0)
    slow = client.with_options(timeout=httpx.Timeout(120.0, connect=2.0), headers={"X-Debug": "1"})

    run_get(case, slow, asynchronous)
    run_get(case, client, asynchronous)

    special, ordinary = recorder.requests
    assert special.headers["X-Debug"] == "1"
    assert special.headers["X-Source"] == "svc"
    assert special.extensions["timeout"] == {
        "connect": 2.0,
        "read": 120.0,
        "write": 120.0,
        "pool": 120.0,
    }
    assert "X-Debug" not in ordinary.headers
    assert ordinary.extensions["timeout"]["read"] == 5.0
    assert special.headers["Authorization"] == ordinary.headers["Authorization"]


@cases
def test_a_custom_transport_and_httpx_args_are_used_under_the_policy(case: VendorCase) -> None:
    recorder = Recorder(reply(503), reply(200, case.get_body))
    httpx_hook_calls: list[str] = []
    client = client_for(
        case,
        recorder,
        False,
        httpx_args={"event_hooks": {"request": [lambda r: httpx_hook_calls.append(r.method)]}},
    )
    response = case.get(client)
    assert response.status_code == 200
    assert len(recorder.requests) == 2, "the custom transport's 503 was retried by the policy"
    assert httpx_hook_calls == ["GET"], "httpx's own event hook runs once per call"
