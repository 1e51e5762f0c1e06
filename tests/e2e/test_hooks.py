"""Hooks as a user attaches them: every event of a call, in order, typed, with no secret (#13).

Runs against all three packages, sync and async, with an in-process httpx MockTransport as the
vendor (so each request the client sends is counted).
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import logging
from typing import Any

import pytest
from e2e.client_cases import LOOPBACK, VendorCase
from e2e.test_client_behaviour import (
    SENTINEL_SECRET,
    SENTINEL_USER,
    Recorder,
    cases,
    drop,
    make_client,
    modes,
    refuse,
    reply,
)

ENCODED = base64.b64encode(f"{SENTINEL_USER}:{SENTINEL_SECRET}".encode()).decode()


class Log:
    """Collects events from every hook, as (kind, event)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def hooks(self, package: Any, *, use_async: bool = False) -> Any:
        def make(kind: str) -> Any:
            if use_async:

                async def record_async(event: Any) -> None:
                    await asyncio.sleep(0)
                    self.events.append((kind, event))

                return record_async
            return lambda event: self.events.append((kind, event))

        return package.Hooks(
            on_request=[make("request")],
            on_response=[make("response")],
            on_error=[make("error")],
            on_retry=[make("retry")],
            on_rate_limit_wait=[make("wait")],
        )

    @property
    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


def client_for(case: VendorCase, recorder: Recorder, asynchronous: bool, **options: Any) -> Any:
    return make_client(case, recorder, asynchronous=asynchronous, **options)


def run_get(case: VendorCase, client: Any, asynchronous: bool) -> Any:
    return asyncio.run(case.aget(client)) if asynchronous else case.get(client)


def assert_no_secret(log: Log) -> None:
    for _, event in log.events:
        text = repr(event)
        for secret in (SENTINEL_USER, SENTINEL_SECRET, ENCODED):
            assert secret not in text, f"{type(event).__name__} shows a credential"


@cases
@modes
def test_a_retried_call_reports_each_attempt_its_retry_and_no_secret(
    case: VendorCase, asynchronous: bool
) -> None:
    log = Log()
    recorder = Recorder(reply(503, {"message": "busy"}), reply(200, case.get_body))
    client = client_for(case, recorder, asynchronous, hooks=log.hooks(case.package))

    response = run_get(case, client, asynchronous)

    assert response.status_code == 200
    assert log.kinds == ["request", "response", "retry", "request", "response"]
    first, failed, retry, second, ok = (event for _, event in log.events)
    assert isinstance(first, case.package.RequestEvent)
    assert isinstance(retry, case.package.RetryEvent)
    assert len({e.request_id for _, e in log.events}) == 1, "one call, one request_id"
    assert [first.attempt, failed.attempt, retry.attempt, second.attempt] == [1, 1, 1, 2]
    assert (failed.status_code, ok.status_code) == (503, 200)
    assert (retry.status_code, retry.reason) == (503, "HTTP 503")
    assert retry.wait > 0
    assert first.method == "GET"
    assert first.url == LOOPBACK + case.get_path
    assert first.headers["authorization"] == "REDACTED"
    assert ok.elapsed >= 0
    assert len(recorder.requests) == 2
    assert_no_secret(log)
    with pytest.raises(AttributeError):
        first.attempt = 5  # frozen


@cases
def test_an_async_client_awaits_async_hooks(case: VendorCase) -> None:
    log = Log()
    recorder = Recorder(reply(200, case.get_body))
    sync_log = Log()
    hooks = [log.hooks(case.package, use_async=True), sync_log.hooks(case.package)]
    client = client_for(case, recorder, True, hooks=hooks)

    asyncio.run(case.aget(client))

    assert log.kinds == ["request", "response"]
    assert sync_log.kinds == ["request", "response"], "sync callbacks run on an async client too"


@cases
def test_a_sync_call_refuses_an_async_hook_before_sending(case: VendorCase) -> None:
    log = Log()
    recorder = Recorder(reply(200, case.get_body))
    client = client_for(case, recorder, False, hooks=log.hooks(case.package, use_async=True))
    with pytest.raises(TypeError, match="an async hook cannot run in a sync call"):
        case.get(client)
    assert recorder.requests == []


@cases
@modes
def test_a_raising_request_hook_stops_the_call_before_anything_is_sent(
    case: VendorCase, asynchronous: bool
) -> None:
    def veto(event: Any) -> None:
        raise PermissionError(f"no calls to {event.url}")

    recorder = Recorder(reply(200, case.get_body))
    client = client_for(case, recorder, asynchronous, hooks=case.package.Hooks(on_request=[veto]))
    with pytest.raises(PermissionError, match="no calls to"):
        run_get(case, client, asynchronous)
    assert recorder.requests == []


@cases
@modes
def test_a_raising_response_hook_is_logged_and_the_call_goes_on(
    case: VendorCase, asynchronous: bool, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: Any) -> None:
        raise RuntimeError("hook bug")

    recorder = Recorder(reply(200, case.get_body))
    client = client_for(
        case, recorder, asynchronous, hooks=case.package.Hooks(on_response=[broken])
    )
    with caplog.at_level(logging.WARNING):
        response = run_get(case, client, asynchronous)
    assert response.status_code == 200
    assert "broken raised on ResponseEvent; ignored" in caplog.text
    assert "hook bug" in caplog.text


@cases
@modes
def test_transport_errors_are_reported_and_the_final_error_names_the_host(
    case: VendorCase, asynchronous: bool
) -> None:
    log = Log()
    recorder = Recorder(refuse)
    client = client_for(case, recorder, asynchronous, hooks=log.hooks(case.package))
    with pytest.raises(case.package.errors.APIConnectionError) as raised:
        run_get(case, client, asynchronous)

    attempts = len(recorder.requests)
    assert attempts > 1
    assert log.kinds == ["request", "error", "retry"] * (attempts - 1) + ["request", "error"]
    errors = [event for kind, event in log.events if kind == "error"]
    assert {e.error_type for e in errors} == {"ConnectError"}
    retries = [event for kind, event in log.events if kind == "retry"]
    assert all(r.status_code is None and "ConnectError" in r.reason for r in retries)
    assert "tried http://127.0.0.1:9" in str(raised.value)
    assert SENTINEL_USER not in str(raised.value)


@cases
def test_a_dropped_write_is_reported_once_and_not_retried(case: VendorCase) -> None:
    log = Log()
    recorder = Recorder(drop)
    client = client_for(case, recorder, False, hooks=log.hooks(case.package))
    with pytest.raises(case.package.errors.AmbiguousWriteError):
        case.create(client, case.create_body())
    assert log.kinds == ["request", "error"]
    assert log.events[1][1].error_type == "RemoteProtocolError"


@cases
@modes
def test_rate_limit_waits_are_reported_before_the_attempt_they_hold_back(
    case: VendorCase, asynchronous: bool
) -> None:
    policy = importlib.import_module(f"{case.package.__name__}._runtime.policy")
    log = Log()
    recorder = Recorder(reply(200, case.get_body))
    # One request per 100 s, scaled by FAST to one per 0.1 s: the second call must wait.
    one_at_a_time = policy.RateLimitPolicy("leaky_bucket", 1, leak_per_second=0.01)
    store = case.package.InMemoryStore()
    client = client_for(
        case,
        recorder,
        asynchronous,
        hooks=log.hooks(case.package),
        rate_limit=one_at_a_time,
        limiter_store=store,
        async_limiter_store=store,
    )
    if asynchronous:

        async def twice() -> None:
            await case.aget(client)
            await case.aget(client)

        asyncio.run(twice())
    else:
        case.get(client)
        case.get(client)

    assert log.kinds == ["request", "response", "wait", "request", "response"]
    wait = log.events[2][1]
    assert isinstance(wait, case.package.RateLimitWaitEvent)
    assert 0 < wait.wait <= 0.1 * 1.01
    assert wait.request_id == log.events[3][1].request_id
    assert wait.attempt == 1


@cases
def test_hooks_refuse_a_bare_callable_or_a_non_callable(case: VendorCase) -> None:
    with pytest.raises(TypeError, match=r"Hooks\.on_retry: pass a sequence of callables"):
        case.package.Hooks(on_retry=print)
    with pytest.raises(TypeError, match=r"Hooks\.on_error: int is not callable"):
        case.package.Hooks(on_error=[print, 3])
