"""Duel: upsert 201 then 200 with change_status, legacy create/update, total 0 cancels, unknown
orders 404, both auth schemes, brands isolated, seeded members/events/assets."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from clientgen.testing.auth import (
    DUEL_DEMO_BASIC,
    DUEL_DEMO_BEARER,
    DUEL_OTHER_BASIC,
    DUEL_OTHER_BEARER,
)
from starlette.applications import Starlette

from mocks_tests.conftest import AppFactory, ClientFactory, auth, error_text

pytestmark = pytest.mark.asyncio

ORDER = {"total": 59.9, "currency": "GBP", "email": "ada@example.com", "promo": ["A", "B"]}


@pytest.fixture
def app(make_app: AppFactory) -> Starlette:
    return make_app("duel")


@pytest.fixture
def client(app: Starlette, make_client: ClientFactory) -> httpx.AsyncClient:
    return make_client(app, "duel", headers=DUEL_DEMO_BEARER.headers)


async def test_upsert_creates_201_then_updates_200(client: httpx.AsyncClient) -> None:
    created = await client.put("/v1/orders/o-1", json=ORDER)
    assert created.status_code == 201
    assert created.json()["change_status"] == "created"
    assert created.json()["order"] == "o-1"
    updated = await client.put("/v1/orders/o-1", json={**ORDER, "total": 49.9})
    assert updated.status_code == 200
    assert updated.json()["change_status"] == "updated"
    read = await client.get("/v1/orders/o-1")
    assert read.status_code == 200
    assert read.json()["total"] == 49.9
    assert read.json()["promo"] == ["A", "B"]


async def test_both_schemes_reach_the_same_brand(
    app: Starlette, make_client: ClientFactory
) -> None:
    basic = make_client(app, "duel", auth=DUEL_DEMO_BASIC.httpx_auth)
    bearer = make_client(app, "duel", headers=DUEL_DEMO_BEARER.headers)
    assert (await basic.put("/v1/orders/both", json=ORDER)).status_code == 201
    via_bearer = await bearer.get("/v1/orders/both")
    assert via_bearer.status_code == 200 and via_bearer.json()["order"] == "both"


async def test_wrong_bearer_token_is_401(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/orders/x", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401
    assert error_text("duel", response) == "invalid bearer token"


async def test_total_zero_cancels_via_legacy_update(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    await client.put("/v1/orders/o-2", json=ORDER)
    response = await client.post("/v1/orders/o-2", json={"total": 0, "currency": "GBP"})
    assert response.status_code == 200
    assert response.json()["result"]["status"] == "cancelled"
    assert app.state.mock.store.orders("demo-brand")["o-2"]["status"] == "cancelled"
    assert app.state.mock.store.orders("demo-brand")["o-2"]["email"] == ORDER["email"]


async def test_total_zero_cancels_via_upsert(client: httpx.AsyncClient) -> None:
    await client.put("/v1/orders/o-3", json=ORDER)
    response = await client.put("/v1/orders/o-3", json={**ORDER, "total": 0})
    assert (response.status_code, response.json()["status"]) == (200, "cancelled")


async def test_unknown_order_is_404(app: Starlette, client: httpx.AsyncClient) -> None:
    before = app.state.mock.store.snapshot()
    read = await client.get("/v1/orders/never-sent")
    assert read.status_code == 404
    assert "never-sent" in error_text("duel", read)
    update = await client.post("/v1/orders/never-sent", json={"total": 1, "currency": "GBP"})
    assert update.status_code == 404
    assert app.state.mock.store.snapshot() == before


async def test_legacy_create_then_duplicate_is_409(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    body = {"order": "legacy-1", **ORDER}
    created = await client.post("/v1/orders", json=body)
    assert created.status_code == 201
    assert created.json() == {"status": "success", "result": created.json()["result"]}
    assert created.json()["result"]["order"] == "legacy-1"
    before = app.state.mock.store.snapshot()
    again = await client.post("/v1/orders", json={**body, "total": 1})
    assert again.status_code == 409  # the spec's Conflict response
    assert "(rule: unique)" in error_text("duel", again)
    assert app.state.mock.store.snapshot() == before


async def test_body_order_differing_from_path_is_409(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    same = await client.put("/v1/orders/o-4", json={**ORDER, "order": "o-4"})
    assert same.status_code == 201
    before = app.state.mock.store.snapshot()
    for method in ("PUT", "POST"):
        body = {**ORDER, "order": "o-5"}
        response = await client.request(method, "/v1/orders/o-4", json=body)
        assert response.status_code == 409
        assert "body.order:" in error_text("duel", response)
    assert app.state.mock.store.snapshot() == before


async def test_required_field_is_named(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/orders", json={"total": 1, "currency": "GBP"})
    assert response.status_code == 422
    message = error_text("duel", response)
    assert "body.order:" in message and "body.email:" in message and "(rule: required)" in message


@pytest.mark.parametrize("order_id", ["ord 1", "a/b#c?d", "ünï"])
async def test_any_order_id_a_body_allows_can_be_read_back(
    client: httpx.AsyncClient, order_id: str
) -> None:
    # No doc states a form for order ids, so the path takes whatever the body's `order` took.
    path = "/v1/orders/" + quote(order_id, safe="")
    created = await client.post("/v1/orders", json={"order": order_id, **ORDER})
    assert created.status_code == 201
    read = await client.get(path)
    assert (read.status_code, read.json()["order"]) == (200, order_id)
    updated = await client.put(path, json={**ORDER, "total": 1.5})
    assert (updated.status_code, updated.json()["change_status"]) == (200, "updated")


@pytest.mark.parametrize("date", ["2022-12-28", "2022-12-28T15:52:47Z", "2022-12-28T15:52:47.000Z"])
async def test_iso_8601_date_alone_or_with_time_is_stored(
    client: httpx.AsyncClient, date: str
) -> None:
    created = await client.put("/v1/orders/dated", json={**ORDER, "date": date})
    assert created.status_code == 201
    assert (await client.get("/v1/orders/dated")).json()["date"] == date


async def test_brands_cannot_see_or_change_each_other(
    app: Starlette, client: httpx.AsyncClient, make_client: ClientFactory
) -> None:
    await client.put("/v1/orders/shared-id", json=ORDER)
    ours = app.state.mock.store.orders("demo-brand")["shared-id"]
    for credential in (DUEL_OTHER_BASIC, DUEL_OTHER_BEARER):
        other = make_client(app, "duel", headers=credential.headers)
        before = app.state.mock.store.snapshot()
        assert (await other.get("/v1/orders/shared-id")).status_code == 404
        update = await other.post("/v1/orders/shared-id", json={"total": 0, "currency": "GBP"})
        assert update.status_code == 404
        assert app.state.mock.store.snapshot() == before
    # The other brand's upsert of the same id creates its own order and never touches ours.
    other = make_client(app, "duel", headers=DUEL_OTHER_BEARER.headers)
    assert (await other.put("/v1/orders/shared-id", json={**ORDER, "total": 0})).status_code == 201
    assert app.state.mock.store.orders("demo-brand")["shared-id"] == ours
    assert app.state.mock.store.orders("other-brand")["shared-id"]["status"] == "cancelled"


@pytest.mark.parametrize("path", ["/v1/members", "/v1/events", "/api/v1/assets"])
async def test_programme_lists_are_seeded_per_brand(
    path: str, app: Starlette, client: httpx.AsyncClient, make_client: ClientFactory
) -> None:
    ours = (await client.get(path)).json()
    theirs = (await make_client(app, "duel", headers=auth("duel", 1)).get(path)).json()
    assert len(ours) == 3 and len(theirs) == 3
    assert not {str(i) for i in ours} & {str(i) for i in theirs}


async def test_member_by_id_and_isolation(
    app: Starlette, client: httpx.AsyncClient, make_client: ClientFactory
) -> None:
    member = (await client.get("/v1/members")).json()[0]
    assert (await client.get(f"/v1/members/{member['id']}")).json() == member
    other = make_client(app, "duel", headers=auth("duel", 1))
    assert (await other.get(f"/v1/members/{member['id']}")).status_code == 404


async def test_events_use_documented_types(client: httpx.AsyncClient) -> None:
    from clientgen.testing.duel import EVENT_TYPES

    events = (await client.get("/v1/events")).json()
    assert all(event["type"] in EVENT_TYPES for event in events)
