"""Duel's order cases from issue #10, through the generated client: any order id a body allows
can be read back, `date` takes a date alone or a date and time (ISO 8601), the upsert's answer
needs only `change_status`, and the default retry schedule is Duel's documented one."""

from __future__ import annotations

import datetime
from dataclasses import replace
from typing import Any

import duel_client
import httpx
import pytest
from clientgen.testing import create_app
from clientgen.testing.server import MockServer
from duel_client.api.orders import create_order, get_order, upsert_order
from duel_client.models import OrderCreate, OrderUpsert
from e2e.client_cases import LOOPBACK

ORDER = {"total": 20.0, "currency": "GBP", "email": "ada@example.com"}


@pytest.fixture(scope="module")
def mock_url() -> Any:
    with MockServer(create_app("duel")) as server:
        yield server.base_url


def client_for(base_url: str) -> duel_client.AuthenticatedClient:
    return duel_client.AuthenticatedClient(base_url, token="demo-token")


@pytest.mark.parametrize("order_id", ["ord 1", "a/b", "ord#7?x=1"])
def test_order_created_with_any_id_is_read_back(mock_url: str, order_id: str) -> None:
    with client_for(mock_url) as client:
        body = OrderCreate.from_dict({"order": order_id, **ORDER})
        assert create_order.sync_detailed(client=client, body=body).status_code == 201
        read: Any = get_order.sync_detailed(order_id, client=client)
    assert read.status_code == 200
    assert read.parsed.order == order_id


@pytest.mark.parametrize(
    "date",
    [
        datetime.date(2022, 12, 28),
        datetime.datetime(2022, 12, 28, 15, 52, 47, tzinfo=datetime.UTC),
    ],
    ids=["date", "date-time"],
)
def test_date_alone_or_with_time_is_sent_and_read_back(mock_url: str, date: datetime.date) -> None:
    order_id = f"dated-{type(date).__name__}"
    with client_for(mock_url) as client:
        body = OrderUpsert.from_dict({**ORDER, "date": date.isoformat()})
        sent: Any = upsert_order.sync_detailed(order_id, client=client, body=body)
        read: Any = get_order.sync_detailed(order_id, client=client)
    assert sent.status_code == 201
    # The docs state only "ISO 8601"; the date/date-time formats are marked inferred, so the
    # stated view (which the models are typed from) has a plain string, sent and read back as is.
    assert read.parsed.date == date.isoformat()


def test_upsert_answer_with_only_change_status_is_parsed() -> None:
    # The docs promise a `change_status` field and nothing else about the upsert's body.
    answer = httpx.Response(201, json={"change_status": "created"})
    client = duel_client.AuthenticatedClient(
        LOOPBACK, token="t", transport=httpx.MockTransport(lambda request: answer)
    )
    with client:
        response: Any = upsert_order.sync_detailed(
            "o-1", client=client, body=OrderUpsert.from_dict(ORDER)
        )
    assert response.status_code == 201
    assert response.parsed.change_status == "created"
    assert isinstance(response.parsed.order, duel_client.types.Unset)


def _waits_on_repeated_503(retry: Any = None) -> tuple[list[float], int]:
    """The waits the client schedules while Duel answers 503 to every GET, and the calls made."""
    calls: list[httpx.Request] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={})

    client = duel_client.AuthenticatedClient(
        LOOPBACK, token="t", transport=httpx.MockTransport(unavailable), retry=retry
    )
    waits: list[float] = []
    transport: Any = client.get_httpx_client()._transport
    transport._sleep = waits.append  # observe instead of sleeping
    with client, pytest.raises(duel_client.errors.ServerError):
        get_order.sync_detailed("o-1", client=client)
    return waits, len(calls)


def test_default_retries_follow_duels_documented_policy() -> None:
    # "Maximum of 5 retries, with a 5-minute interval between each attempt."
    waits, calls = _waits_on_repeated_503()
    assert waits == [300.0] * 5
    assert calls == 6


def test_a_caller_that_cannot_wait_passes_its_own_policy() -> None:
    short = replace(duel_client.POLICY.retry, max_retries=2, initial_backoff=1.0, max_backoff=2.0)
    waits, calls = _waits_on_repeated_503(short)
    assert waits == [1.0, 2.0]
    assert calls == 3
