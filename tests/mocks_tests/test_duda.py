"""Duda: offset/limit/sort/direction with total_responses, order writes, cancel, refunds,
fulfillments, `{error_code, message}` errors, and sites isolated (another site is a 404)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from clientgen.testing.auth import DUDA_DEMO, DUDA_OTHER
from starlette.applications import Starlette

from mocks_tests.conftest import DUDA_ORDERS, AppFactory, ClientFactory, error_text

pytestmark = pytest.mark.asyncio

OTHER_ORDERS = "/sites/multiscreen/other-site/ecommerce/orders"
NEW_ORDER: dict[str, Any] = {
    "mode": "LIVE",
    "status": "PROCESSED",
    "currency": "EUR",
    "email": "ada@example.com",
    "invoice_number": "INV-9001",
    "billing_address": {"first_name": "Ada", "country": "GB"},
    "items": [
        {"name": "Widget", "sku": "W-1", "quantity": 3, "unit_price": 9.5},
        {"name": "Gadget", "quantity": 1, "unit_price": 20},
    ],
    "metadata": {"channel": "pos"},
}


@pytest.fixture
def app(make_app: AppFactory) -> Starlette:
    return make_app("duda", rate_limit=False)


@pytest.fixture
def client(app: Starlette, make_client: ClientFactory) -> httpx.AsyncClient:
    return make_client(app, "duda", auth=DUDA_DEMO.httpx_auth)


async def create(client: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    response = await client.post(DUDA_ORDERS, json={**NEW_ORDER, **changes})
    assert response.status_code == 200, response.text
    order: dict[str, Any] = response.json()
    return order


async def test_list_pages_with_offset_limit_and_total(client: httpx.AsyncClient) -> None:
    everything = (await client.get(DUDA_ORDERS)).json()
    assert everything["total_responses"] == 5 and len(everything["results"]) == 5
    assert (everything["offset"], everything["limit"]) == (0, 100)
    page = (await client.get(DUDA_ORDERS, params={"offset": 1, "limit": 2})).json()
    assert (page["offset"], page["limit"], page["total_responses"]) == (1, 2, 5)
    assert [o["id"] for o in page["results"]] == [o["id"] for o in everything["results"][1:3]]
    past = (await client.get(DUDA_ORDERS, params={"offset": 10})).json()
    assert past["results"] == [] and past["total_responses"] == 5


@pytest.mark.parametrize("direction", ["asc", "desc"])
async def test_sort_and_direction(client: httpx.AsyncClient, direction: str) -> None:
    params = {"sort": "created", "direction": direction}
    results = (await client.get(DUDA_ORDERS, params=params)).json()["results"]
    created = [o["created"] for o in results]
    assert created == sorted(created, reverse=direction == "desc")
    by_email = await client.get(DUDA_ORDERS, params={"sort": "email", "direction": direction})
    emails = [o["email"] for o in by_email.json()["results"]]
    assert emails == sorted(emails, reverse=direction == "desc")


async def test_create_then_get_update_cancel(client: httpx.AsyncClient) -> None:
    order = await create(client)
    assert order["source"] == "EXTERNAL" and order["status"] == "PROCESSED"
    assert order["total"] == 48.5 and order["payment"]["currency"] == "EUR"
    path = f"{DUDA_ORDERS}/{order['id']}"
    assert (await client.get(path)).json() == order

    item_id = order["items"][0]["id"]
    change = {"status": "SHIPPED", "items": [{"id": item_id, "metadata": "gift"}]}
    updated = (await client.patch(path, json=change)).json()
    assert updated["status"] == "SHIPPED" and updated["items"][0]["metadata"] == "gift"
    assert updated["email"] == order["email"]

    cancelled = await client.post(f"{path}/cancel", json={"reason": "changed mind"})
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "CANCELLED"
    assert cancelled.json()["cancellation_reason"] == "changed mind"


async def test_duplicate_invoice_is_409_and_changes_nothing(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    await create(client)
    before = app.state.mock.store.snapshot()
    response = await client.post(DUDA_ORDERS, json=NEW_ORDER)
    assert response.status_code == 409  # declared Conflict
    assert "body.invoice_number:" in error_text("duda", response)
    assert app.state.mock.store.snapshot() == before


async def test_update_with_unknown_item_changes_nothing(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    order = await create(client)
    before = app.state.mock.store.snapshot()
    change = {"status": "SHIPPED", "items": [{"id": "no-such-item", "metadata": "x"}]}
    response = await client.patch(f"{DUDA_ORDERS}/{order['id']}", json=change)
    assert response.status_code == 409  # declared Conflict
    assert "body.items[0].id:" in error_text("duda", response)
    assert app.state.mock.store.snapshot() == before


async def test_refunds(app: Starlette, client: httpx.AsyncClient) -> None:
    order = await create(client)
    path = f"{DUDA_ORDERS}/{order['id']}/refunds"
    widget = order["items"][0]["id"]
    assert (await client.get(path)).json()["total_responses"] == 0
    refund = await client.post(
        path, json={"reason": "damaged", "items": [{"id": widget, "quantity": 2}]}
    )
    assert refund.status_code == 201  # what Duda's SDK expects
    assert refund.json()["total"] == 19.0 and refund.json()["order_id"] == order["id"]
    assert (await client.get(f"{path}/{refund.json()['id']}")).json() == refund.json()
    listed = (await client.get(path)).json()
    assert listed["total_responses"] == 1 and listed["results"] == [refund.json()]
    summary = (await client.get(f"{DUDA_ORDERS}/{order['id']}")).json()["refunds"]
    assert summary == [
        {
            "id": refund.json()["id"],
            "amount": 19.0,
            "reason": "damaged",
            "created": summary[0]["created"],
        }
    ]
    before = app.state.mock.store.snapshot()
    too_many = await client.post(path, json={"items": [{"id": widget, "quantity": 2}]})
    assert too_many.status_code == 409  # 2 + 2 > 3 ordered: a declared Conflict
    assert "body.items[0].quantity:" in error_text("duda", too_many)
    assert app.state.mock.store.snapshot() == before


async def test_fulfillments(client: httpx.AsyncClient) -> None:
    order = await create(client)
    path = f"{DUDA_ORDERS}/{order['id']}/fulfillments"
    body = {
        "status": "IN_PROGRESS",
        "method": "SHIPMENT",
        "items": [{"id": order["items"][1]["id"], "quantity": 1}],
        "tracking": {"carrier": "UPS", "number": "1Z999"},
    }
    response = await client.post(path, json=body)
    assert response.status_code == 201  # what Duda's SDK expects
    created = response.json()
    assert created["status"] == "IN_PROGRESS"
    updated = await client.patch(f"{path}/{created['id']}", json={"status": "FULFILLED"})
    assert updated.json() == {**created, "status": "FULFILLED"}
    assert (await client.get(f"{path}/{created['id']}")).json()["status"] == "FULFILLED"
    assert (await client.get(path)).json()["total_responses"] == 1
    assert (await client.get(f"{path}/nope")).status_code == 404


async def test_fulfillment_without_items_is_created(client: httpx.AsyncClient) -> None:
    """No source requires `items` (the SDK's create type makes every field optional)."""
    order = await create(client)
    path = f"{DUDA_ORDERS}/{order['id']}/fulfillments"
    response = await client.post(path, json={"status": "IN_PROGRESS", "method": "PICKUP"})
    assert response.status_code == 201, response.text
    assert "items" not in response.json()
    assert (await client.get(f"{path}/{response.json()['id']}")).json() == response.json()


async def test_object_metadata_on_an_item_update_is_kept(client: httpx.AsyncClient) -> None:
    """The SDK types an item's update metadata as an object or a string."""
    order = await create(client)
    change = {"items": [{"id": order["items"][0]["id"], "metadata": {"gift": "yes"}}]}
    updated = await client.patch(f"{DUDA_ORDERS}/{order['id']}", json=change)
    assert updated.status_code == 200, updated.text
    assert updated.json()["items"][0]["metadata"] == {"gift": "yes"}


async def test_unknown_order_is_404(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{DUDA_ORDERS}/missing")
    assert response.status_code == 404
    assert response.json()["error_code"] == "ResourceNotExist"


async def test_another_site_is_404_for_reads_and_writes(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    theirs = next(iter(app.state.mock.store.orders("other-site")))
    before = app.state.mock.store.snapshot()
    requests = [
        ("GET", OTHER_ORDERS, None),
        ("GET", f"{OTHER_ORDERS}/{theirs}", None),
        ("PATCH", f"{OTHER_ORDERS}/{theirs}", {"status": "CANCELLED"}),
        ("POST", f"{OTHER_ORDERS}/{theirs}/cancel", {}),
        ("POST", OTHER_ORDERS, {**NEW_ORDER, "invoice_number": "SNEAK-1"}),
        # their order id under our own site is just as unknown
        ("GET", f"{DUDA_ORDERS}/{theirs}", None),
        ("PATCH", f"{DUDA_ORDERS}/{theirs}", {"status": "CANCELLED"}),
        ("GET", f"{DUDA_ORDERS}/{theirs}/refunds", None),
    ]
    for method, path, body in requests:
        response = await client.request(method, path, json=body)
        assert response.status_code == 404, (method, path, response.text)
        assert response.json()["error_code"] == "ResourceNotExist"
    assert app.state.mock.store.snapshot() == before


async def test_the_other_site_sees_its_own_orders(
    app: Starlette, make_client: ClientFactory
) -> None:
    other = make_client(app, "duda", auth=DUDA_OTHER.httpx_auth)
    listed = (await other.get(OTHER_ORDERS)).json()
    assert {o["id"] for o in listed["results"]} == set(app.state.mock.store.orders("other-site"))


async def test_rate_limit_is_ten_a_second(
    make_app: AppFactory, make_client: ClientFactory, clock: Any
) -> None:
    client = make_client(make_app("duda"), "duda", auth=DUDA_DEMO.httpx_auth)
    statuses = [(await client.get(DUDA_ORDERS)).status_code for _ in range(11)]
    assert statuses == [200] * 10 + [429]
    clock.advance(1.0)
    assert (await client.get(DUDA_ORDERS)).status_code == 200


@pytest.mark.parametrize("site", ["bad.site", "a%20site", "d%C3%A9mo"])
async def test_any_site_name_is_looked_up_not_refused(client: httpx.AsyncClient, site: str) -> None:
    """No source restricts an id's characters: an unknown site is a 404, never a 400."""
    response = await client.get(f"/sites/multiscreen/{site}/ecommerce/orders")
    assert response.status_code == 404, response.text
    assert response.json()["error_code"] == "ResourceNotExist"


async def test_schema_valid_huge_amounts_are_accepted_without_an_infinite_total(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    """The spec sets no maximum, so the order is accepted as sent; the mock leaves out the
    totals it cannot represent instead of storing an infinity that would break every list."""
    items = [{"name": "Huge", "quantity": 1.2e308, "unit_price": 2e16}]
    response = await client.post(DUDA_ORDERS, json={**NEW_ORDER, "items": items})
    assert response.status_code == 200
    order = response.json()
    assert "total" not in order and "subtotal" not in order
    assert order["items"][0]["quantity"] == 1.2e308
    assert (await client.get(DUDA_ORDERS)).status_code == 200


async def test_duplicate_invoice_is_409_when_the_spec_declares_it(make_app: AppFactory) -> None:
    import copy

    from clientgen.testing.spec import load_spec

    spec = copy.deepcopy(load_spec("duda"))
    responses = spec["paths"]["/sites/multiscreen/{site_name}/ecommerce/orders"]["post"][
        "responses"
    ]
    responses["409"] = {"$ref": "#/components/responses/UnprocessableEntity"}
    app = make_app("duda", spec=spec, rate_limit=False)
    # A plain client: the conformance checker knows the real spec, which has no 409 here.
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://mock.test", auth=DUDA_DEMO.httpx_auth
    ) as client:
        assert (await client.post(DUDA_ORDERS, json=NEW_ORDER)).status_code == 200
        again = await client.post(DUDA_ORDERS, json=NEW_ORDER)
    assert again.status_code == 409
    assert "(rule: unique)" in error_text("duda", again)
