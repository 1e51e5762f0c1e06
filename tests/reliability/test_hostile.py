"""Hostile servers (loopback only): slow drip, deep JSON, huge headers, garbage Retry-After,
redirects to another origin. All three vendors, sync and async: every call ends within its
deadline in a typed `APIError` (or succeeds), and credentials never follow a redirect.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import time
from typing import Any

import pytest

from reliability.bad_input import VENDORS, Operation, operations, plain_path_args
from reliability.hostile import Behaviour, HostileServer, deep_json, drip, huge_header, respond

TIMEOUT = 1.0
SLACK = 1.5  # thread scheduling on a shared machine; the drip itself adds at most 0.1 s
SECRET = "hostile-Secret-42"


def _package(vendor: str) -> Any:
    return importlib.import_module(f"{vendor}_client")


def _get_operation(vendor: str) -> Operation:
    """The vendor's first GET with path parameters and no body."""
    for op in operations(vendor):
        if op.method == "GET" and op.body_schema is None:
            return op
    raise AssertionError(f"{vendor}: no GET operation")


def _client(vendor: str, base_url: str, **overrides: Any) -> Any:
    package = _package(vendor)
    policy = package._policy.POLICY
    credentials = (
        {"token": SECRET}
        if "bearer" in policy.auth.schemes
        else {"username": "hostile-user", "password": SECRET}
    )
    options: dict[str, Any] = {
        "timeout": TIMEOUT,
        "enable_rate_limit": False,
        "retry": dataclasses.replace(policy.retry, max_retries=0),
        **overrides,
    }
    return package.AuthenticatedClient(base_url, **credentials, **options)


def _call(vendor: str, base_url: str, asynchronous: bool, **overrides: Any) -> Any:
    """Run the GET; the exception it raised (or None) and the seconds it took."""
    op = _get_operation(vendor)
    client = _client(vendor, base_url, **overrides)
    started = time.monotonic()
    try:
        if asynchronous:

            async def run() -> None:
                async with client:
                    await op.module.asyncio_detailed(client=client, **plain_path_args(op))

            asyncio.run(run())
        else:
            with client:
                op.module.sync_detailed(client=client, **plain_path_args(op))
    except Exception as exc:
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


MODES = [False, True]
MODE_IDS = ["sync", "async"]


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("asynchronous", MODES, ids=MODE_IDS)
@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_slow_drip_times_out_within_the_timeout(
    vendor: str, asynchronous: bool, in_headers: bool
) -> None:
    with HostileServer(drip(in_headers=in_headers)) as server:
        error, seconds = _call(vendor, server.base_url, asynchronous)
    assert isinstance(error, _package(vendor).errors.APITimeoutError), repr(error)
    assert seconds < TIMEOUT + SLACK, seconds


HOSTILE: dict[str, Behaviour] = {
    "deep-json": deep_json(),
    "huge-header": huge_header(),
    "garbage-status": respond("200 OK", {"Content-Length": "nope"}, b"{}"),
    # A count no int() should be asked to read: ignored, never a ValueError out of a 200.
    "huge-count": respond(
        "200 OK",
        {"Content-Type": "application/json", "Duoplane-Requests-Left": "9" * 5000},
        b"{}",
    ),
}
KINDS = sorted(HOSTILE)


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("asynchronous", MODES, ids=MODE_IDS)
@pytest.mark.parametrize("kind", KINDS)
def test_hostile_responses_end_in_a_typed_error_or_a_result(
    vendor: str, asynchronous: bool, kind: str
) -> None:
    with HostileServer(HOSTILE[kind]) as server:
        error, seconds = _call(vendor, server.base_url, asynchronous)
    assert error is None or isinstance(error, _package(vendor).errors.APIError), repr(error)
    assert seconds < TIMEOUT + SLACK


SCALE = 200.0  # policy time 200x faster: max_elapsed 0.6 s
GARBAGE_RETRY_AFTER = ["soon", "-5", "0", "1e400", "NaN", "99999999999", "", "1" * 5000]


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("asynchronous", MODES, ids=MODE_IDS)
def test_garbage_retry_after_never_crashes_nor_spins(vendor: str, asynchronous: bool) -> None:
    package = _package(vendor)
    for value in GARBAGE_RETRY_AFTER:
        headers = {"Retry-After": value, "Duoplane-Retry-After-Seconds": value}
        with HostileServer(respond("429 Too Many Requests", headers, b"{}")) as server:
            retry = dataclasses.replace(package._policy.POLICY.retry.scaled(SCALE), max_retries=2)
            error, seconds = _call(vendor, server.base_url, asynchronous, retry=retry)
            sent = len(server.requests)
        assert isinstance(error, package.errors.RateLimitedError), (value, repr(error))
        budget = retry.max_elapsed
        assert seconds < budget + TIMEOUT + SLACK, (value, seconds)  # within max_elapsed
        floor = package._runtime.retry.rate_limit_floor(retry)
        assert sent <= budget / floor + 1, (value, sent)  # never below the floor


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("asynchronous", MODES, ids=MODE_IDS)
def test_credentials_never_follow_a_redirect_to_another_origin(
    vendor: str, asynchronous: bool
) -> None:
    with HostileServer(respond("200 OK", {"Content-Type": "application/json"}, b"{}")) as other:
        location = {"Location": other.base_url + "/stolen"}
        with HostileServer(respond("302 Found", location, b"")) as server:
            error, _ = _call(vendor, server.base_url, asynchronous, follow_redirects=True)
        assert error is None or isinstance(error, _package(vendor).errors.APIError), repr(error)
        assert len(server.requests) == 1
        assert other.requests, "the redirect was not followed: nothing was tested"
        for head in other.requests:
            assert b"authorization:" not in head.lower(), head
            assert SECRET.encode() not in head


def _first_then(first: Behaviour, rest: Behaviour) -> Behaviour:
    """`first` on the first connection, `rest` on every later one."""
    seen: list[bytes] = []

    def behaviour(conn: Any, head: bytes) -> None:
        seen.append(head)
        (first if len(seen) == 1 else rest)(conn, head)

    return behaviour


LONG_TIMEOUT = 6.0  # what one attempt alone could take
MAX_ELAPSED = 1.0  # what the whole call may take


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("asynchronous", MODES, ids=MODE_IDS)
def test_max_elapsed_cuts_a_retry_short(vendor: str, asynchronous: bool) -> None:
    """A 503, then a server that drips: the retry gets what is left of max_elapsed, not a whole
    timeout of its own."""
    package = _package(vendor)
    retry = dataclasses.replace(
        package._policy.POLICY.retry,
        max_retries=3, initial_backoff=0.1, max_backoff=0.1, jitter=0.0, max_elapsed=MAX_ELAPSED,
    )  # fmt: skip
    unavailable = respond("503 Service Unavailable", {}, b"{}")
    with HostileServer(_first_then(unavailable, drip(in_headers=False))) as server:
        error, seconds = _call(
            vendor, server.base_url, asynchronous, retry=retry, timeout=LONG_TIMEOUT
        )
        sent = len(server.requests)
    assert isinstance(error, package.errors.APITimeoutError), repr(error)
    assert sent == 2, sent  # the retry was sent, then cut short
    assert seconds < MAX_ELAPSED + SLACK < LONG_TIMEOUT, seconds
