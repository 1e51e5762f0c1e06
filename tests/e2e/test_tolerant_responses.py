"""Tolerant reading: a response that differs from the spec is parsed as far as it goes, reported
in `Response.spec_mismatches`, logged once, and never raised (above all not after a write).

Each case is a scripted server answer that our own mocks never give: nulls echoed for fields that
were not sent (as many Rails APIs do), a missing required key, an unknown enum value, an undeclared
2xx, a body that is not JSON or not an object. `strict_responses=True` restores raising.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import duda_client
import duel_client
import duoplane_client
import httpx
import pytest
from duda_client._runtime.mismatch import session as mismatch_session
from duda_client.api.orders import get_order as duda_get_order
from duda_client.api.refunds import create_refund
from duda_client.models import ItemQuantity, Order, OrderStatus, RefundCreate
from duda_client.types import UNSET
from duel_client.api.orders import upsert_order
from duel_client.models import OrderUpsert
from duoplane_client.api.orders import create_order, list_orders
from duoplane_client.models import OrderCreate

Handler = Callable[[httpx.Request], httpx.Response]


def _scripted(handler: Handler, strict: bool) -> dict[str, Any]:
    """The client arguments every case shares: a scripted server, no limiter, strict or not."""
    return {
        "transport": httpx.MockTransport(handler),
        "strict_responses": strict,
        "enable_rate_limit": False,
    }


def _duoplane(handler: Handler, *, strict: bool = False) -> duoplane_client.AuthenticatedClient:
    return duoplane_client.AuthenticatedClient(
        "http://127.0.0.1:9", username="k", password="p", **_scripted(handler, strict)
    )


def _duda(handler: Handler, *, strict: bool = False) -> duda_client.AuthenticatedClient:
    return duda_client.AuthenticatedClient(
        "http://127.0.0.1:9/api", username="u", password="p", **_scripted(handler, strict)
    )


def _duel(handler: Handler, *, strict: bool = False) -> duel_client.AuthenticatedClient:
    return duel_client.AuthenticatedClient(
        "http://127.0.0.1:9", token="t", **_scripted(handler, strict)
    )


RAILS_ORDER: dict[str, Any] = {
    "metadata": {"requests_remaining": 39, "retry_after_seconds": None, "total_count": None},
    "data": {
        "id": 17,
        "type": "order",
        "attributes": {
            "created_at": "2026-11-01T10:00:00Z",
            "store_id": 3,
            "tag_names": None,  # echoed as null: the field was not sent
            "customer_note": None,
            "order_notes": None,
            "ordered_at": None,
            "brand_new_field": {"nested": [1, 2]},
        },
        "relationships": {"order_items": None, "shipping_address": None, "billing_address": None},
    },
    "errors": [],
}


def test_duoplane_create_with_echoed_nulls_returns_the_order() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json=RAILS_ORDER)

    response = create_order.sync_detailed(client=_duoplane(handler), body=OrderCreate(store_id=3))
    assert len(sent) == 1
    assert response.status_code == 201
    envelope = response.parsed
    assert envelope is not None and envelope.data
    attributes = envelope.data.attributes
    assert attributes and attributes.tag_names is None and attributes.store_id == 3
    assert attributes.additional_properties["brand_new_field"] == {"nested": [1, 2]}
    fields = {m.field for m in response.spec_mismatches}
    assert "data.attributes.tag_names" in fields and "data.relationships.order_items" in fields
    assert all(m.kind == "null" for m in response.spec_mismatches if m.field.endswith("tag_names"))
    with pytest.raises(duoplane_client.errors.ResponseValidationError) as caught:
        create_order.sync_detailed(
            client=_duoplane(handler, strict=True), body=OrderCreate(store_id=3)
        )
    assert "null" in str(caught.value) or "None" in str(caught.value)


def test_duoplane_list_with_nulls_iterates_every_item() -> None:
    page = {
        "metadata": {"total_count": 2, "has_next_page": False},
        "data": [RAILS_ORDER["data"], {**RAILS_ORDER["data"], "id": 18}],
        "errors": [],
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=page, headers={"Duoplane-Has-Next-Page": "false"})

    ids = [order.id for order in list_orders.iter_items(client=_duoplane(handler))]
    assert ids == [17, 18]


def test_undeclared_2xx_after_a_write_never_raises() -> None:
    """Duda's SDK expects 201 for refund creates; an answer with any other 2xx is still success."""
    refund = {"id": "r1", "order_id": "o1", "items": [{"id": "i1", "quantity": 1}], "total": 5}
    for status in (200, 201, 202, 299):

        def handler(request: httpx.Request, status: int = status) -> httpx.Response:
            return httpx.Response(status, json=refund)

        response = create_refund.sync_detailed(
            "site1",
            "o1",
            client=_duda(handler),
            body=RefundCreate(items=[ItemQuantity(id="i1", quantity=1)]),
        )
        assert int(response.status_code) == status
        assert response.parsed is not None and response.parsed.id == "r1"


@pytest.mark.parametrize("content", [b"", b"<html>oops</html>", b"[1, 2, 3]", b'"text"', b"null"])
def test_a_body_that_does_not_fit_leaves_parsed_none(content: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=content, headers={"Content-Type": "application/json"})

    response = create_order.sync_detailed(client=_duoplane(handler), body=OrderCreate(store_id=3))
    assert response.parsed is None
    assert response.content == content
    assert response.spec_mismatches and response.spec_mismatches[0].field == "<body>"


def test_unknown_enum_value_is_kept_and_typed() -> None:
    order = {"id": "o1", "status": "ON_HOLD", "mode": "LIVE", "email": "a@example.com"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=order)

    response = duda_get_order.sync_detailed("site1", "o1", client=_duda(handler))
    parsed = response.parsed
    assert parsed is not None
    assert isinstance(parsed.status, OrderStatus)
    assert parsed.status.value == "ON_HOLD" and not parsed.status.is_known
    assert parsed.status != OrderStatus.PENDING and OrderStatus.PENDING.is_known
    assert [(m.field, m.rule) for m in response.spec_mismatches] == [("status", "enum")]
    assert OrderStatus("IN_PROGRESS") is OrderStatus.IN_PROGRESS
    with pytest.raises(ValueError):  # outside a tolerant parse an unknown value is refused
        OrderStatus("ON_HOLD")


def test_missing_required_and_unconvertible_values_surface_as_unset() -> None:
    order = {"status": "IN_PROGRESS", "created": "not a date", "items": "not a list"}  # no id

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=order)

    response = duda_get_order.sync_detailed("site1", "o1", client=_duda(handler))
    parsed = response.parsed
    assert parsed is not None
    assert parsed.id is UNSET
    assert parsed.created is UNSET and parsed.additional_properties["created"] == "not a date"
    assert parsed.items is UNSET and parsed.additional_properties["items"] == "not a list"
    rules = {(m.field, m.rule) for m in response.spec_mismatches}
    assert ("id", "required") in rules and ("created", "format") in rules
    assert ("items", "type") in rules


def test_duel_upsert_with_change_status_only() -> None:
    """The docs promise only `change_status` on an upsert's answer."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"change_status": "created"})

    response = upsert_order.sync_detailed(
        "ord-1", client=_duel(handler), body=OrderUpsert(total=10.0, currency="GBP", email="a@b.c")
    )
    assert response.parsed is not None
    assert response.parsed.change_status == "created"


def test_mismatches_name_no_values_and_log_once(caplog: pytest.LogCaptureFixture) -> None:
    secret_email = "person@example.com"
    order = {"id": "o1", "status": "SECRET_STATE", "email": secret_email, "total": "12"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=order)

    client = _duda(handler)
    with caplog.at_level(logging.WARNING, logger="duda_client"):
        for _ in range(3):
            response = duda_get_order.sync_detailed("site1", "o1", client=client)
    text = " ".join(str(m) for m in response.spec_mismatches) + caplog.text
    assert (
        "SECRET_STATE" not in text
        and secret_email not in text
        and "12" not in text.replace("2026", "")
    )
    warned = [r for r in caplog.records if r.name == "duda_client"]
    assert len(warned) == len({r.getMessage() for r in warned}) >= 1


@pytest.mark.asyncio
async def test_async_is_tolerant_too() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json=RAILS_ORDER)

    client = duoplane_client.AuthenticatedClient(
        "http://127.0.0.1:9",
        username="k",
        password="p",
        async_transport=httpx.MockTransport(handler),
        strict_responses=False,
        enable_rate_limit=False,
    )
    response = await create_order.asyncio_detailed(client=client, body=OrderCreate(store_id=3))
    assert response.parsed is not None and response.spec_mismatches


def test_strict_env_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTGEN_STRICT_RESPONSES", "1")
    assert duda_client.Client().strict_responses is True
    monkeypatch.setenv("CLIENTGEN_STRICT_RESPONSES", "0")
    assert duda_client.Client().strict_responses is False
    assert duda_client.Client(strict_responses=True).strict_responses is True


def test_models_round_trip_nulls() -> None:

    with mismatch_session():
        order = Order.from_dict({"id": "o1", "email": None, "refunds": None})
    assert order.email is None
    assert json.loads(json.dumps(order.to_dict())) == {"id": "o1", "email": None, "refunds": None}


def test_sync_returns_the_model_never_none() -> None:
    """`sync()` is typed as the model (mypy --strict checks this file): an unreadable body gives a
    model with every field UNSET, not None and not an exception."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(202, content=b"accepted")

    client = _duda(handler)
    order: Order = duda_get_order.sync("site1", "o1", client=client)
    assert order.id is UNSET and order.status is UNSET
    detailed = duda_get_order.sync_detailed("site1", "o1", client=client)
    assert detailed.parsed is None and detailed.content == b"accepted"
    assert [m.field for m in detailed.spec_mismatches] == ["<status>", "<body>"]


def test_a_tolerantly_read_model_round_trips_outside_a_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a call read (nulls, a missing required key, an unknown enum value, an extra field)
    comes back from `to_dict()` through a plain `from_dict` without raising; strict on demand."""
    from duda_client._runtime.errors import ModelValidationError

    body = {"id": None, "email": None, "status": "ON_HOLD_BY_FRAUD_CHECK", "brand_new": {"a": 1}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    with _duda(handler) as client:
        order = duda_get_order.sync("site1", "o1", client=client)
    stored = json.loads(json.dumps(order.to_dict()))
    monkeypatch.delenv("CLIENTGEN_STRICT_RESPONSES", raising=False)
    again = Order.from_dict(stored)  # no session, no client: tolerant all the same
    assert again.to_dict() == stored and again.email is None
    assert again.additional_properties["brand_new"] == {"a": 1}
    with mismatch_session() as collected:
        Order.from_dict(stored)
    assert {m.field for m in collected.notes} >= {"Order.id", "Order.email", "OrderStatus"}
    monkeypatch.setenv("CLIENTGEN_STRICT_RESPONSES", "1")
    with pytest.raises(ModelValidationError):
        Order.from_dict(stored)
    with pytest.raises(ValueError):
        OrderStatus("ON_HOLD_BY_FRAUD_CHECK")  # an enum you build is checked, session or not
