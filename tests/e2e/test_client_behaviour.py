"""Generated clients as users meet them: auth, retries, typed errors, validation (#3).

Every behaviour runs against all three packages, sync and async, with an in-process httpx
MockTransport standing in for the vendor, so each request the client sends is counted.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from e2e.client_cases import CASES, LOOPBACK, VendorCase

SENTINEL_USER = "SENTINEL-USER-8c1f"
SENTINEL_SECRET = "SENTINEL-SECRET-41d9"
FAST = 1000.0  # time_scale: backoffs and limiter waits shrink 1000x

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A scripted vendor: answers from a list, records every request it sees."""

    def __init__(self, *answers: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer(request)


def reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Handler:
    return lambda request: httpx.Response(status, json=body, headers=headers)


def drop(request: httpx.Request) -> httpx.Response:
    raise httpx.RemoteProtocolError("server closed the connection", request=request)


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def make_client(
    case: VendorCase, recorder: Recorder, *, asynchronous: bool = False, **options: Any
) -> Any:
    transport_args: dict[str, Any] = (
        {"async_transport": httpx.MockTransport(recorder)}
        if asynchronous
        else {"transport": httpx.MockTransport(recorder)}
    )
    return case.package.AuthenticatedClient(
        LOOPBACK,
        username=SENTINEL_USER,
        password=SENTINEL_SECRET,
        time_scale=FAST,
        **transport_args,
        **options,
    )


def call_get(case: VendorCase, client: Any, asynchronous: bool) -> Any:
    if asynchronous:
        return asyncio.run(case.aget(client))
    return case.get(client)


def call_create(case: VendorCase, client: Any, asynchronous: bool) -> Any:
    if asynchronous:
        return asyncio.run(case.acreate(client, case.create_body()))
    return case.create(client, case.create_body())


cases = pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
modes = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


@cases
@modes
def test_get_is_retried_after_503_then_parsed(case: VendorCase, asynchronous: bool) -> None:
    recorder = Recorder(reply(503, {}), reply(200, case.get_body))
    response = call_get(case, make_client(case, recorder, asynchronous=asynchronous), asynchronous)
    assert response.status_code == 200
    assert response.parsed is not None
    assert len(recorder.requests) == 2
    assert recorder.requests[0].url.path == case.get_path


@cases
@modes
def test_create_is_not_resent_after_a_dropped_connection(
    case: VendorCase, asynchronous: bool
) -> None:
    errors = case.package.errors
    recorder = Recorder(drop, reply(201, {}))
    client = make_client(case, recorder, asynchronous=asynchronous)
    with pytest.raises(errors.AmbiguousWriteError):
        call_create(case, client, asynchronous)
    assert len(recorder.requests) == 1


@cases
@modes
def test_create_is_not_resent_after_a_server_error(case: VendorCase, asynchronous: bool) -> None:
    errors = case.package.errors
    recorder = Recorder(reply(503, {}), reply(201, {}))
    client = make_client(case, recorder, asynchronous=asynchronous)
    with pytest.raises(errors.ServerError) as caught:
        call_create(case, client, asynchronous)
    assert caught.value.status_code == 503
    assert len(recorder.requests) == 1


@cases
def test_create_is_retried_when_the_connection_never_opened(case: VendorCase) -> None:
    recorder = Recorder(refuse, reply(500, {}))
    client = make_client(case, recorder)
    with pytest.raises(case.package.errors.ServerError):
        call_create(case, client, asynchronous=False)
    assert len(recorder.requests) == 2  # refused before sending: safe to try again


@cases
@modes
def test_not_found_is_typed_with_status_body_and_headers(
    case: VendorCase, asynchronous: bool
) -> None:
    errors = case.package.errors
    body = {"error_code": "ResourceNotExist", "message": "no such order", "errors": ["gone"]}
    recorder = Recorder(reply(404, body, {"X-Trace": "t1"}))
    with pytest.raises(errors.NotFoundError) as caught:
        call_get(case, make_client(case, recorder, asynchronous=asynchronous), asynchronous)
    assert caught.value.status_code == 404
    assert caught.value.body == body
    assert caught.value.headers["X-Trace"] == "t1"
    assert isinstance(caught.value, errors.APIStatusError)


@cases
def test_response_that_breaks_the_spec_names_the_field(case: VendorCase) -> None:
    errors = case.package.errors
    recorder = Recorder(reply(200, {"unexpected": True}))
    with pytest.raises(errors.ResponseValidationError) as caught:
        call_get(case, make_client(case, recorder), asynchronous=False)
    assert caught.value.field, "the error must name a field"
    assert "KeyError" not in type(caught.value).__name__


@cases
def test_secrets_never_reach_repr_logs_or_errors(
    case: VendorCase, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder(reply(503, {}), reply(401, {"message": "bad credentials"}))
    client = make_client(case, recorder)
    with pytest.raises(case.package.errors.UnauthorizedError) as caught:
        call_get(case, client, asynchronous=False)
    sent = recorder.requests[0].headers["Authorization"]
    assert sent.startswith("Basic "), "credentials must still be sent"
    rendered = [repr(client), str(caught.value), repr(caught.value), caplog.text]
    rendered += [repr(client._auth), str(client.get_httpx_client().auth)]
    for text in rendered:
        assert SENTINEL_SECRET not in text
        assert SENTINEL_USER not in text
        assert sent.split()[1] not in text
    assert "retrying" in caplog.text.lower() or "retry" in caplog.text.lower()


@cases
def test_plain_http_with_credentials_is_refused_unless_loopback(case: VendorCase) -> None:
    errors = case.package.errors
    with pytest.raises(errors.InsecureTransportError):
        case.package.AuthenticatedClient("http://api.example.com", username="u", password="p")
    case.package.AuthenticatedClient("http://127.0.0.1:8080", username="u", password="p")
    case.package.AuthenticatedClient("http://localhost:8080", username="u", password="p")
    case.package.AuthenticatedClient(username="u", password="p")  # the vendor's https default


@cases
def test_retry_after_header_is_honoured(case: VendorCase) -> None:
    waits: list[float] = []
    recorder = Recorder(reply(429, {}, {"Retry-After": "3"}), reply(200, case.get_body))
    client = case.package.AuthenticatedClient(
        LOOPBACK, username="u", password="p", transport=httpx.MockTransport(recorder)
    )
    transport = client.get_httpx_client()._transport
    transport._sleep = waits.append  # observe instead of sleeping
    response = call_get(case, client, asynchronous=False)
    assert response.status_code == 200
    # The server's wait, not our own backoff schedule: a 429 pauses the credential's bucket for
    # it, spread over up to twice that (issue #11) so uncoordinated processes let it end.
    assert len(waits) == 1 and 3.0 <= waits[0] <= 6.0, waits


def test_duel_scheme_is_the_callers_choice_with_overlay_default() -> None:
    import duel_client

    assert duel_client.POLICY.auth.default == "bearer"
    recorder = Recorder(reply(200, {"order": "ord-1"}))
    by_token = duel_client.AuthenticatedClient(
        LOOPBACK, token="tok-1", transport=httpx.MockTransport(recorder)
    )
    by_basic = duel_client.AuthenticatedClient(
        LOOPBACK, username="u", password="p", transport=httpx.MockTransport(recorder)
    )
    CASES[0].get(by_token)
    CASES[0].get(by_basic)
    assert recorder.requests[0].headers["Authorization"] == "Bearer tok-1"
    assert recorder.requests[1].headers["Authorization"].startswith("Basic ")
    with pytest.raises(ValueError, match="token"):
        duel_client.AuthenticatedClient(LOOPBACK, auth_scheme="bearer", username="u")


@pytest.mark.parametrize("vendor", ["duoplane", "duda"])
def test_basic_only_vendors_refuse_bearer(vendor: str) -> None:
    package = next(c.package for c in CASES if c.name == vendor)
    with pytest.raises(ValueError, match="auth_scheme"):
        package.AuthenticatedClient(LOOPBACK, username="u", password="p", auth_scheme="bearer")
