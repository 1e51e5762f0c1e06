"""PolicyTransport / AsyncPolicyTransport: limiter, safe retries, errors and logs end to end."""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from clientgen.runtime.auth import BasicAuth
from clientgen.runtime.errors import (
    AmbiguousWriteError,
    APIConnectionError,
    APITimeoutError,
    ServerError,
    raise_for_status,
)
from clientgen.runtime.memory_store import InMemoryStore
from clientgen.runtime.policy import ClientPolicy
from clientgen.runtime.ratelimit import AsyncRateLimiter, RateLimiter
from clientgen.runtime.transport import AsyncPolicyTransport, PolicyTransport
from unit.runtime.runtime_support import (
    LEAKY_DICT,
    SENTINEL_SECRET,
    SENTINEL_TOKEN,
    SENTINEL_USER,
    FakeClock,
    ScriptedServer,
    Step,
    client_policy,
    client_policy_dict,
    contains_sentinel,
    respond,
)

BASE = "https://api.example.com"
LOGGER = "acme_client"


def op(name: str) -> dict[str, Any]:
    return {"extensions": {"clientgen_operation": name}}


def make_client(
    steps: list[Step],
    clock: FakeClock,
    *,
    policy: ClientPolicy | None = None,
    limiter: RateLimiter | None = None,
    auth: httpx.Auth | None = None,
) -> tuple[httpx.Client, ScriptedServer]:
    server = ScriptedServer(steps)
    transport = PolicyTransport(
        policy or client_policy(),
        inner=httpx.MockTransport(server),
        limiter=limiter if limiter is not None else False,
        sleep=clock.sleep,
        clock=clock,
        rng=random.Random(0),
    )
    return httpx.Client(base_url=BASE, transport=transport, auth=auth), server


# --- what is retried -----------------------------------------------------------------------


def test_idempotent_get_retried_on_503_with_backoff(clock: FakeClock) -> None:
    client, server = make_client([respond(503), respond(503), respond(200, id=1)], clock)
    with client:
        response = client.get("/orders/1", **op("get_order"))
    assert response.status_code == 200 and response.json() == {"id": 1}
    assert server.calls == 3
    assert clock.sleeps == [0.5, 1.0]


def test_duel_put_upsert_is_retried(clock: FakeClock) -> None:
    client, server = make_client([respond(502), respond(201)], clock)
    with client:
        response = client.put("/orders/1", json={"total": 5}, **op("upsert_order"))
    assert response.status_code == 201 and server.calls == 2
    assert server.bodies[0] == server.bodies[1] == b'{"total":5}'


@pytest.mark.parametrize("status", [500, 502, 503])
def test_post_not_retried_after_error_status(clock: FakeClock, status: int) -> None:
    steps: list[Step] = [respond(status, {"Retry-After": "1"}), respond(201)]
    client, server = make_client(steps, clock)
    with client:
        response = client.post("/orders", json={"a": 1}, **op("create_order"))
    assert response.status_code == status
    assert server.calls == 1 and clock.sleeps == []
    if status >= 500:
        with pytest.raises(ServerError, match="may have been processed"):
            raise_for_status(response, "create_order")


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
        httpx.WriteTimeout("timed out"),
    ],
)
def test_post_never_resent_after_it_may_have_been_sent(clock: FakeClock, exc: Exception) -> None:
    client, server = make_client([exc, respond(201)], clock)
    with client, pytest.raises(AmbiguousWriteError) as info:
        client.post("/orders", json={"a": 1}, **op("create_order"))
    assert server.calls == 1 and clock.sleeps == []
    assert info.value.__cause__ is exc
    assert info.value.operation_id == "create_order"
    assert "reconcile with a read before resending" in str(info.value)


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("t"), httpx.PoolTimeout("t")]
)
def test_post_retried_after_pre_send_connection_error(clock: FakeClock, exc: Exception) -> None:
    client, server = make_client([exc, respond(201, id=9)], clock)
    with client:
        response = client.post("/orders", json={"a": 1}, **op("create_order"))
    assert response.status_code == 201 and server.calls == 2
    assert server.bodies == [b'{"a":1}', b'{"a":1}']


def test_streamed_request_body_is_replayed(clock: FakeClock) -> None:
    def body() -> Iterator[bytes]:
        yield b"part-1,"
        yield b"part-2"

    client, server = make_client([httpx.ConnectError("refused"), respond(201)], clock)
    with client:
        client.post("/orders", content=body(), **op("create_order"))
    assert server.bodies == [b"part-1,part-2", b"part-1,part-2"]


def test_failure_while_reading_the_body_is_decided_too(clock: FakeClock) -> None:
    def broken() -> Iterator[bytes]:
        yield b'{"partial": '
        raise httpx.ReadError("connection reset mid-body")

    get_client, get_server = make_client(
        [httpx.Response(200, content=broken()), respond(200, ok=True)], clock
    )
    with get_client:
        assert get_client.get("/orders/1", **op("get_order")).json() == {"ok": True}
    assert get_server.calls == 2

    post_client, _ = make_client([httpx.Response(201, content=broken())], clock)
    with post_client, pytest.raises(AmbiguousWriteError):
        post_client.post("/orders", json={}, **op("create_order"))


def test_idempotent_transport_failures_exhaust_then_raise(clock: FakeClock) -> None:
    client, server = make_client([httpx.ReadTimeout("t")], clock)
    with client, pytest.raises(APITimeoutError, match="gave up after 4 attempt") as info:
        client.get("/orders/1", **op("get_order"))
    assert server.calls == 4 and clock.sleeps == [0.5, 1.0, 2.0]
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)

    client, server = make_client([httpx.ConnectError("refused")], clock)
    with client, pytest.raises(APIConnectionError) as conn:
        client.get("/orders/1", **op("get_order"))
    assert type(conn.value) is APIConnectionError and server.calls == 4


def test_unknown_operation_falls_back_to_method(clock: FakeClock) -> None:
    client, server = make_client([respond(503), respond(503), respond(200)], clock)
    with client:
        assert client.post("/other").status_code == 503
        assert server.calls == 1
        assert client.delete("/other").status_code == 200
        assert server.calls == 3


def test_post_resent_after_429_once_the_wait_has_passed(clock: FakeClock) -> None:
    client, server = make_client([respond(429, {"Retry-After": "1"}), respond(201)], clock)
    with client:
        response = client.post("/orders", json={"a": 1}, **op("create_order"))
    assert response.status_code == 201 and server.calls == 2
    assert clock.sleeps == [1.0]  # no limiter here: the server's wait, as told


def test_a_429_pauses_the_whole_credential(clock: FakeClock) -> None:
    """After a 429 every request of the credential waits the pause out (not only the retry)
    and, once it has passed, goes one slot apart: nothing is sent into the penalty."""
    policy = client_policy(rate_limit=dict(LEAKY_DICT))
    store = InMemoryStore(clock=clock)
    assert policy.rate_limit is not None
    limiter = RateLimiter(policy.rate_limit, store)
    steps: list[Step] = [respond(429, {"Retry-After": "2"}), respond(201), respond(200)]
    client, server = make_client(steps, clock, limiter=limiter)
    with client:
        assert client.post("/orders", json={"a": 1}, **op("create_order")).status_code == 201
        paused = clock.sleeps[0]
        assert 2.0 <= paused <= 4.0  # the server's 2 s, spread over up to twice that
        assert client.get("/orders/1", **op("get_order")).status_code == 200
    leak = policy.rate_limit.leak_per_second
    assert leak is not None
    assert clock.sleeps[1] == pytest.approx(1 / leak)  # the next request waits its slot
    assert server.calls == 3
    bucket = limiter.buckets("acme:anonymous", None)
    assert store.generation(bucket) == 1


def test_requests_booked_before_a_429_reserve_again(clock: FakeClock) -> None:
    """A request that booked a slot and slept through a pause does not send into it."""
    policy = client_policy(rate_limit=dict(LEAKY_DICT))
    assert policy.rate_limit is not None
    store = InMemoryStore(clock=clock)
    limiter = RateLimiter(policy.rate_limit, store)
    key = "acme:anonymous"
    for _ in range(policy.rate_limit.usable_capacity):
        limiter.reserve(key)
    booked = limiter.reserve(key)  # the bucket is full: this one waits a slot
    assert booked > 0
    generation = limiter.generation(key)
    limiter.pause(key, None, 5.0)  # another thread's 429 arrives while we wait
    assert limiter.generation(key) != generation  # so the transport reserves again
    clock.sleep(booked)
    assert limiter.reserve(key) == pytest.approx(5.0 - booked)


# --- Retry-After and caps ------------------------------------------------------------------


def test_retry_after_seconds_beats_backoff(clock: FakeClock) -> None:
    client, _ = make_client([respond(429, {"Retry-After": "7"}), respond(200)], clock)
    with client:
        assert client.get("/orders/1", **op("get_order")).status_code == 200
    assert clock.sleeps == [7.0]


def test_retry_after_http_date(clock: FakeClock) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    client, _ = make_client([respond(503, {"Retry-After": when}), respond(200)], clock)
    with client:
        assert client.get("/orders/1", **op("get_order")).status_code == 200
    assert len(clock.sleeps) == 1 and 27.0 < clock.sleeps[0] <= 30.0


def test_duoplane_retry_after_seconds(clock: FakeClock) -> None:
    headers = {"Duoplane-Retry-After-Seconds": "3", "Duoplane-Requests-Left": "0"}
    client, _ = make_client([respond(429, headers), respond(200)], clock)
    with client:
        assert client.get("/orders/1", **op("get_order")).status_code == 200
    assert clock.sleeps == [3.0]


def test_max_retries_cap_returns_last_response(clock: FakeClock) -> None:
    client, server = make_client([respond(503)], clock)
    with client:
        assert client.get("/orders/1", **op("get_order")).status_code == 503
    assert server.calls == 4 and clock.sleeps == [0.5, 1.0, 2.0]


def test_max_elapsed_cap(clock: FakeClock) -> None:
    retry = dict(client_policy_dict()["retry"], max_elapsed=1.2)
    client, server = make_client([respond(503)], clock, policy=client_policy(retry=retry))
    with client:
        assert client.get("/orders/1", **op("get_order")).status_code == 503
    assert server.calls == 2 and clock.sleeps == [0.5]

    client, server = make_client(
        [respond(429, {"Retry-After": "120"}), respond(200)], clock, policy=client_policy()
    )
    with client:
        assert client.get("/orders/1", **op("get_order")).status_code == 429
    assert server.calls == 1


def test_a_failure_left_too_little_time_to_retry_raises_the_typed_error(clock: FakeClock) -> None:
    """Backoffs of 0.05 s inside a 1 s budget: the retry policy would still allow one, but under a
    tenth of the budget is left, so the call ends, with the typed error (never httpx's own)."""
    retry = dict(
        client_policy_dict()["retry"],
        max_retries=50, initial_backoff=0.05, max_backoff=0.05, jitter=0.0, max_elapsed=1.0,
    )  # fmt: skip
    client, server = make_client(
        [httpx.ConnectError("refused")], clock, policy=client_policy(retry=retry)
    )
    with client, pytest.raises(APIConnectionError, match="gave up after") as caught:
        client.get("/orders/1", **op("get_order"))
    assert not isinstance(caught.value, httpx.TransportError)
    assert sum(clock.sleeps) >= 0.9 - 1e-9 and server.calls < 50


# --- logging and secrets -------------------------------------------------------------------


def test_retry_logged_at_info_without_secrets(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    steps: list[Step] = [respond(503), httpx.ConnectError("refused"), respond(200)]
    client, _ = make_client(steps, clock, auth=BasicAuth(SENTINEL_USER, SENTINEL_SECRET))
    with client:
        client.get("/orders/1?page=2", **op("get_order"))
    records = [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.INFO]
    assert len(records) == 2
    first, second = (r.getMessage() for r in records)
    assert "get_order" in first and "attempt 2 of 4" in first
    assert "0.500s" in first and "HTTP 503" in first
    assert "attempt 3 of 4" in second and "ConnectError before the request was sent" in second
    assert records[0].clientgen_attempt == 2  # type: ignore[attr-defined]
    assert records[0].clientgen_wait == 0.5  # type: ignore[attr-defined]
    assert not any("page=2" in r.getMessage() for r in records)  # path only, no query
    assert not contains_sentinel(caplog.text)  # nor in httpx's own log lines


def test_exceptions_carry_no_secrets(clock: FakeClock) -> None:
    exc = httpx.ReadTimeout("timed out")
    client, _ = make_client([exc], clock, auth=BasicAuth(SENTINEL_USER, SENTINEL_SECRET))
    with client, pytest.raises(AmbiguousWriteError) as info:
        client.post(f"/orders?token={SENTINEL_TOKEN}", json={}, **op("create_order"))
    error = info.value
    assert error.path == "/orders"
    for text in (str(error), repr(error), repr(error.args)):
        assert not contains_sentinel(text)
    assert not contains_sentinel(repr(client._transport))


# --- rate limiting in the loop -------------------------------------------------------------


def test_limiter_spaces_requests(clock: FakeClock) -> None:
    policy = client_policy(rate_limit={**LEAKY_DICT, "capacity": 3, "leak_per_second": 1.0})
    assert policy.rate_limit is not None
    limiter = RateLimiter(policy.rate_limit, InMemoryStore(clock))
    client, server = make_client([respond(200)], clock, policy=policy, limiter=limiter)
    with client:
        for _ in range(5):
            client.get("/orders/1", **op("get_order"))
    assert clock.sleeps == [1.0, 1.0] and server.calls == 5


def test_remaining_header_feeds_the_limiter(clock: FakeClock) -> None:
    policy = client_policy(rate_limit=dict(LEAKY_DICT))
    assert policy.rate_limit is not None
    limiter = RateLimiter(policy.rate_limit, InMemoryStore(clock))
    steps: list[Step] = [respond(200, {"Duoplane-Requests-Left": "0"}), respond(200)]
    client, _ = make_client(steps, clock, policy=policy, limiter=limiter)
    with client:
        client.get("/orders/1", **op("get_order"))
        client.get("/orders/1", **op("get_order"))
    assert clock.sleeps == [0.5]  # another process drained the bucket: wait one leak


def test_profile_requests_fit_profile_and_base(clock: FakeClock) -> None:
    data = client_policy_dict(
        rate_limit={
            "algorithm": "sliding_window",
            "capacity": 3,
            "window_seconds": 1.0,
            "profiles": {
                "batch": {"algorithm": "sliding_window", "capacity": 2, "window_seconds": 1}
            },
        }
    )
    data["operations"]["get_order"]["rate_limit_profile"] = "batch"
    policy = ClientPolicy.from_dict(data)
    assert policy.rate_limit is not None
    store = InMemoryStore(clock)
    client, _ = make_client(
        [respond(200)], clock, policy=policy, limiter=RateLimiter(policy.rate_limit, store)
    )
    with client:
        for _ in range(3):
            client.get("/orders/1", **op("get_order"))  # batch: 2 per second
        assert clock.sleeps == [1.0]
        # base: 3 per second, and the third batch request (sent at +1s) counts against it
        client.post("/orders", json={}, **op("create_order"))
        client.post("/orders", json={}, **op("create_order"))
        assert clock.sleeps == [1.0]
        client.post("/orders", json={}, **op("create_order"))
        assert clock.sleeps == [1.0, 1.0]


def test_default_limiter_uses_policy_and_false_disables(clock: FakeClock) -> None:
    policy = client_policy(rate_limit={**LEAKY_DICT, "capacity": 1, "leak_per_second": 0.5})
    key = f"test-{uuid.uuid4().hex}"
    for limiter, expected_waits in ((None, 1), (False, 0)):
        sleeps: list[float] = []
        transport = PolicyTransport(
            policy,
            inner=httpx.MockTransport(ScriptedServer([respond(200)])),
            credential_key=key + str(limiter),
            limiter=limiter,  # type: ignore[arg-type]
            sleep=sleeps.append,
        )
        with httpx.Client(base_url=BASE, transport=transport) as client:
            client.get("/orders/1", **op("get_order"))
            client.get("/orders/1", **op("get_order"))
        assert len(sleeps) == expected_waits
        assert all(1.5 < s <= 2.0 for s in sleeps)


def test_response_is_fully_usable_by_the_client(clock: FakeClock) -> None:
    client, _ = make_client([respond(200, {"X-Thing": "1"}, id=3)], clock)
    with client:
        response = client.get("/orders/1", **op("get_order"))
    assert response.json() == {"id": 3} and response.headers["X-Thing"] == "1"
    assert response.elapsed >= timedelta(0)
    assert response.is_closed


# --- async ---------------------------------------------------------------------------------


def make_async_client(
    steps: list[Step],
    clock: FakeClock,
    *,
    policy: ClientPolicy | None = None,
    limiter: AsyncRateLimiter | None = None,
) -> tuple[httpx.AsyncClient, ScriptedServer]:
    server = ScriptedServer(steps)
    transport = AsyncPolicyTransport(
        policy or client_policy(),
        inner=httpx.MockTransport(server),
        limiter=limiter if limiter is not None else False,
        sleep=clock.asleep,
        clock=clock,
        rng=random.Random(0),
    )
    return httpx.AsyncClient(base_url=BASE, transport=transport), server


@pytest.mark.asyncio
async def test_async_get_retried_with_backoff(clock: FakeClock) -> None:
    client, server = make_async_client(
        [respond(503), respond(429, {"Retry-After": "2"}), respond(200)], clock
    )
    async with client:
        response = await client.get("/orders/1", **op("get_order"))
    assert response.status_code == 200 and server.calls == 3
    assert clock.sleeps == [0.5, 2.0]


@pytest.mark.asyncio
async def test_async_post_rules(clock: FakeClock) -> None:
    client, server = make_async_client([httpx.ReadTimeout("t")], clock)
    async with client:
        with pytest.raises(AmbiguousWriteError):
            await client.post("/orders", json={}, **op("create_order"))
    assert server.calls == 1

    client, server = make_async_client([httpx.ConnectError("refused"), respond(201)], clock)
    async with client:
        response = await client.post("/orders", json={"a": 1}, **op("create_order"))
    assert response.status_code == 201 and server.bodies == [b'{"a":1}', b'{"a":1}']

    client, server = make_async_client([respond(500)], clock)
    async with client:
        assert (await client.post("/orders", json={}, **op("create_order"))).status_code == 500
    assert server.calls == 1


@pytest.mark.asyncio
async def test_async_streamed_body_and_limiter(clock: FakeClock) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"a"
        yield b"b"

    policy = client_policy(rate_limit={**LEAKY_DICT, "capacity": 1, "leak_per_second": 4.0})
    assert policy.rate_limit is not None
    limiter = AsyncRateLimiter(policy.rate_limit, InMemoryStore(clock))
    steps: list[Step] = [httpx.ConnectError("x"), respond(201), respond(200), respond(200)]
    client, server = make_async_client(steps, clock, policy=policy, limiter=limiter)
    async with client:
        await client.post("/orders", content=body(), **op("create_order"))
        await client.get("/orders/1", **op("get_order"))
    assert server.bodies[:2] == [b"ab", b"ab"]
    # 1 slot: the backoff (0.5s) drained it for the retry; the GET then waits one leak (0.25s)
    assert clock.sleeps == [0.5, 0.25]
