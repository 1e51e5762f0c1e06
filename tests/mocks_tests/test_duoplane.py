"""Duoplane: the envelope, page/per_page paging with its headers, the leaky bucket's exact
numbers on a fake clock (including the growing wait), time scaling, accounts isolated."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from clientgen.testing import FakeClock
from clientgen.testing.auth import DUOPLANE_DEMO, DUOPLANE_OTHER
from starlette.applications import Starlette

from mocks_tests.conftest import AppFactory, ClientFactory, error_text

pytestmark = pytest.mark.asyncio

NEW_ORDER: dict[str, Any] = {
    "store_id": 12,
    "external_id": "#1001",
    "ordered_at": "2026-11-20T10:15:00Z",
    "shipping_address": {"first_name": "Ada", "country_iso2": "GB", "email": "ada@example.com"},
    "order_items": [{"name": "Widget", "quantity": 2, "price": 9.5, "retailer_sku": "W-1"}],
}


@pytest.fixture
def app(make_app: AppFactory) -> Starlette:
    return make_app("duoplane")


@pytest.fixture
def client(app: Starlette, make_client: ClientFactory) -> httpx.AsyncClient:
    return make_client(app, "duoplane", auth=DUOPLANE_DEMO.httpx_auth)


async def test_create_then_get_in_the_envelope(client: httpx.AsyncClient) -> None:
    created = await client.post("/api/orders", json=NEW_ORDER)
    assert created.status_code == 201
    body = created.json()
    assert set(body) == {"metadata", "data", "errors"} and body["errors"] == []
    order = body["data"]
    assert order["type"] == "order" and isinstance(order["id"], int)
    assert order["attributes"]["external_id"] == "#1001"
    items = order["relationships"]["order_items"]
    assert items[0]["attributes"] == NEW_ORDER["order_items"][0]
    assert order["relationships"]["shipping_address"]["attributes"]["first_name"] == "Ada"
    read = await client.get(f"/api/orders/{order['id']}")
    assert read.json()["data"] == order
    assert read.json()["metadata"]["requests_remaining"] == 38


async def test_errors_are_an_array_of_strings(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/orders/999999")
    assert response.status_code == 404
    assert error_text("duoplane", response) == "order 999999 not found"
    assert response.headers["duoplane-requests-left"] == "39"


async def test_pages_and_their_headers(client: httpx.AsyncClient, app: Starlette) -> None:
    for _ in range(4):
        assert (await client.post("/api/orders", json=NEW_ORDER)).status_code == 201
    expected_ids = [o["id"] for o in app.state.mock.store.orders("demo-account").values()]
    assert len(expected_ids) == 7  # 3 seeded + 4 new
    seen, page, pages = [], 1, []
    while True:
        response = await client.get("/api/orders", params={"page": page, "per_page": 3})
        assert response.status_code == 200
        headers = response.headers
        body = response.json()
        pages.append((headers["duoplane-total-count"], headers["duoplane-has-next-page"]))
        assert body["metadata"]["total_count"] == 7
        assert body["metadata"]["has_next_page"] == (headers["duoplane-has-next-page"] == "true")
        seen += [o["id"] for o in body["data"]]
        if headers["duoplane-has-next-page"] == "false":
            break
        page += 1
    assert pages == [("7", "true"), ("7", "true"), ("7", "false")]
    assert seen == expected_ids
    beyond = await client.get("/api/orders", params={"page": 9, "per_page": 3})
    assert beyond.json()["data"] == [] and beyond.headers["duoplane-has-next-page"] == "false"


async def test_default_page_size_is_250(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/products")
    assert response.json()["metadata"] == {
        "total_count": 2,
        "has_next_page": False,
        "requests_remaining": 39,
        "retry_after_seconds": 0,
    }


async def test_leaky_bucket_exact_numbers(client: httpx.AsyncClient, clock: FakeClock) -> None:
    left = []
    for _ in range(40):
        response = await client.get("/api/products")
        assert response.status_code == 200
        left.append(int(response.headers["duoplane-requests-left"]))
    assert left == list(range(39, -1, -1))

    refused = await client.get("/api/products")
    assert refused.status_code == 429
    assert refused.headers["duoplane-requests-left"] == "0"
    assert refused.headers["duoplane-retry-after-seconds"] == "1"  # 0.5 s, whole seconds up
    assert refused.headers["retry-after"] == "1"
    assert refused.json()["metadata"] == {"requests_remaining": 0, "retry_after_seconds": 1}
    assert "rate limit exceeded" in error_text("duoplane", refused)

    clock.advance(0.5)  # one slot drained
    fits = await client.get("/api/products")
    assert fits.status_code == 200 and fits.headers["duoplane-requests-left"] == "0"
    assert (await client.get("/api/products")).status_code == 429


async def test_calling_while_limited_grows_the_wait(
    client: httpx.AsyncClient, clock: FakeClock
) -> None:
    for _ in range(40):
        await client.get("/api/products")
    waits = []
    for _ in range(6):
        response = await client.get("/api/products")
        assert response.status_code == 429
        waits.append(int(response.headers["duoplane-retry-after-seconds"]))
    # 0.5 s, then each call made while limited adds 0.5 s: 1.0, 1.5, ... reported rounded up.
    assert waits == [1, 1, 2, 2, 3, 3]
    clock.advance(3.0)  # the announced wait (3.0 s, after the sixth call) has passed
    assert (await client.get("/api/products")).status_code == 200


async def test_bucket_is_per_api_user(
    app: Starlette, client: httpx.AsyncClient, make_client: ClientFactory
) -> None:
    for _ in range(41):
        await client.get("/api/products")
    other = make_client(app, "duoplane", auth=DUOPLANE_OTHER.httpx_auth)
    response = await other.get("/api/products")
    assert response.status_code == 200 and response.headers["duoplane-requests-left"] == "39"


async def test_time_scale_ten_leaks_twenty_per_second(
    make_app: AppFactory, make_client: ClientFactory, clock: FakeClock
) -> None:
    app = make_app("duoplane", time_scale=10.0)
    client = make_client(app, "duoplane", auth=DUOPLANE_DEMO.httpx_auth)
    for _ in range(40):
        await client.get("/api/products")
    refused = await client.get("/api/products")
    assert refused.status_code == 429
    # Reported in scaled (vendor) seconds: the same number as unscaled; really 0.05 s.
    assert refused.headers["duoplane-retry-after-seconds"] == "1"
    clock.advance(0.05)
    assert (await client.get("/api/products")).status_code == 200
    clock.advance(1.0)  # 20 slots drain in one real second
    response = await client.get("/api/products")
    assert response.headers["duoplane-requests-left"] == "19"


async def test_no_rate_limit_reports_a_full_bucket(
    make_app: AppFactory, make_client: ClientFactory
) -> None:
    app = make_app("duoplane", rate_limit=False)
    client = make_client(app, "duoplane", auth=DUOPLANE_DEMO.httpx_auth)
    for _ in range(60):
        response = await client.get("/api/products")
    assert response.status_code == 200 and response.headers["duoplane-requests-left"] == "40"


async def test_accounts_cannot_read_each_others_objects(
    app: Starlette, client: httpx.AsyncClient, make_client: ClientFactory
) -> None:
    other = make_client(app, "duoplane", auth=DUOPLANE_OTHER.httpx_auth)
    theirs = list(app.state.mock.store.orders("other-account"))
    products = list(app.state.mock.store.collection("other-account", "products"))
    before = app.state.mock.store.snapshot()
    assert (await client.get(f"/api/orders/{theirs[0]}")).status_code == 404
    assert (await client.get(f"/api/products/{products[0]}")).status_code == 404
    listed = (await client.get("/api/orders")).json()["data"]
    assert not {o["id"] for o in listed} & {int(i) for i in theirs}
    assert (await other.get(f"/api/orders/{theirs[0]}")).status_code == 200
    assert app.state.mock.store.snapshot() == before


async def test_writes_land_in_the_callers_account_only(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    other_before = app.state.mock.store.snapshot()["other-account"]
    await client.post("/api/products", json={"name": "Gadget", "retailer_sku": "G-1"})
    assert app.state.mock.store.snapshot()["other-account"] == other_before
    names = [p["attributes"]["name"] for p in (await client.get("/api/products")).json()["data"]]
    assert "Gadget" in names


async def test_product_inventories_list(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api/product_inventories", params={"per_page": 1})).json()
    assert len(body["data"]) == 1 and body["metadata"]["has_next_page"] is True
    assert body["data"][0]["type"] == "product_inventory"


async def test_non_numeric_order_id_is_looked_up_and_not_found(client: httpx.AsyncClient) -> None:
    # The order id is a number or a string in the spec (the docs disagree about ids), so "abc"
    # passes validation and is simply not an order this account has.
    response = await client.get("/api/orders/abc")
    assert response.status_code == 404
    assert error_text("duoplane", response) == "order abc not found"


NEW_PRODUCT: dict[str, Any] = {
    "name": "Widget",
    "retailer_sku": "W-1",
    "product_inventories": [
        {"vendor_id": 7, "vendor_sku": "AC-W-1", "cost": 4.25, "quantity_available": 12},
        {"vendor_id": 8, "manage_inventory": False, "backordered_until": "2026-12-24"},
    ],
}


async def test_create_product_with_inventories(client: httpx.AsyncClient) -> None:
    before = (await client.get("/api/product_inventories")).json()["data"]
    created = await client.post("/api/products", json=NEW_PRODUCT)
    assert created.status_code == 201
    product = created.json()["data"]
    # The reference's array form: one element holding the whole inventory objects.
    [links] = product["relationships"]
    stock = links["product_inventories"]
    assert [s["attributes"]["vendor_id"] for s in stock] == [7, 8]
    assert {s["attributes"]["product_id"] for s in stock} == {product["id"]}
    assert stock[1]["attributes"]["backordered_until"] == "2026-12-24"
    after = (await client.get("/api/product_inventories")).json()["data"]
    assert after == before + stock
    read = await client.get(f"/api/products/{product['id']}")
    assert read.json()["data"] == product


async def test_inventory_fields_beyond_the_reference_are_accepted(
    client: httpx.AsyncClient,
) -> None:
    # The inventory object is open: the help centre names `leadtime_days`, the API page does not.
    body = {"name": "Gadget", "product_inventories": [{"vendor_id": 7, "leadtime_days": 3}]}
    created = await client.post("/api/products", json=body)
    assert created.status_code == 201
    [links] = created.json()["data"]["relationships"]
    assert links["product_inventories"][0]["attributes"]["vendor_id"] == 7
