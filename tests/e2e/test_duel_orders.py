"""Duel's order cases from issue #10, through the generated client: any order id a body allows
can be read back, `date` takes a date alone or a date and time (ISO 8601), and the upsert's
answer needs only `change_status`."""

from __future__ import annotations

import datetime
from typing import Any

import duel_client
import httpx
import pytest
from duel_client.api.orders import create_order, get_order, upsert_order
from duel_client.models import OrderCreate, OrderUpsert
from e2e.client_cases import LOOPBACK
from mocks import create_app
from mocks.server import MockServer

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
    assert read.parsed.date == date
    assert type(read.parsed.date) is type(date)


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
