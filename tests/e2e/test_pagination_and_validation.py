"""Lazy pagination (page/per_page and offset/limit), typed headers, request validation (#3)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import duda_client
import duoplane_client
import httpx
import pytest
from duda_client.api.orders import list_orders as duda_list
from duoplane_client.api.orders import create_order as duoplane_create
from duoplane_client.api.orders import list_orders as duoplane_list
from duoplane_client.models import OrderCreate

LOOPBACK = "http://127.0.0.1:9"


def duoplane_pages(total: int, requests: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        page = int(request.url.params["page"])
        size = int(request.url.params["per_page"])
        ids = list(range((page - 1) * size + 1, min(page * size, total) + 1))
        has_next = page * size < total
        headers = {
            "Duoplane-Total-Count": str(total),
            "Duoplane-Has-Next-Page": "true" if has_next else "false",
            "Duoplane-Requests-Left": "39",
        }
        body = {"metadata": {}, "data": [{"id": i, "type": "order"} for i in ids], "errors": []}
        return httpx.Response(200, json=body, headers=headers)

    return httpx.MockTransport(handler)


def duda_pages(total: int, requests: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        ids = [f"o{i}" for i in range(offset, min(offset + limit, total))]
        body = {
            "offset": offset,
            "limit": limit,
            "total_responses": total,
            "results": [{"id": i} for i in ids],
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def duoplane(requests: list[httpx.Request], total: int) -> Any:
    return duoplane_client.AuthenticatedClient(
        LOOPBACK, username="u", password="p", transport=duoplane_pages(total, requests)
    )


def test_duoplane_iterates_every_page_lazily_at_the_maximum_page_size() -> None:
    requests: list[httpx.Request] = []
    items = duoplane_list.iter_items(client=duoplane(requests, total=600))
    assert requests == [], "nothing is fetched before the first item is asked for"
    first = next(items)
    assert first.id == 1 and len(requests) == 1
    assert requests[0].url.params["per_page"] == "250"  # the vendor maximum by default
    rest = list(items)
    assert [o.id for o in [first, *rest]] == list(range(1, 601))
    assert [r.url.params["page"] for r in requests] == ["1", "2", "3"]


def test_duoplane_page_size_is_bounded_by_the_spec() -> None:
    with pytest.raises(ValueError, match="page_size"):
        list(duoplane_list.iter_items(client=duoplane([], total=1), page_size=251))


def test_duoplane_async_iteration_matches_sync() -> None:
    requests: list[httpx.Request] = []
    client = duoplane_client.AuthenticatedClient(
        LOOPBACK, username="u", password="p", async_transport=duoplane_pages(260, requests)
    )

    async def collect() -> list[Any]:
        return [o.id async for o in duoplane_list.aiter_items(client=client, page_size=100)]

    assert asyncio.run(collect()) == list(range(1, 261))
    assert len(requests) == 3


def test_duda_offset_pagination_stops_at_total_responses() -> None:
    requests: list[httpx.Request] = []
    client = duda_client.AuthenticatedClient(
        LOOPBACK, username="u", password="p", transport=duda_pages(230, requests)
    )
    ids = [o.id for o in duda_list.iter_items("site1", client=client)]
    assert ids == [f"o{i}" for i in range(230)]
    assert [r.url.params["offset"] for r in requests] == ["0", "100", "200"]


def test_duda_async_offset_pagination() -> None:
    requests: list[httpx.Request] = []
    client = duda_client.AuthenticatedClient(
        LOOPBACK, username="u", password="p", async_transport=duda_pages(5, requests)
    )

    async def collect() -> list[str | None]:
        return [o.id or None async for o in duda_list.aiter_items("s", client=client, page_size=2)]

    assert asyncio.run(collect()) == ["o0", "o1", "o2", "o3", "o4"]
    assert len(requests) == 3


def test_declared_headers_are_typed() -> None:
    requests: list[httpx.Request] = []
    response = duoplane_list.sync_detailed(client=duoplane(requests, total=300))
    headers = response.typed_headers
    assert headers.duoplane_total_count == 300
    assert headers.duoplane_has_next_page is True
    assert headers.duoplane_requests_left == 39
    assert headers.duoplane_retry_after_seconds is None


def test_request_that_breaks_the_spec_is_refused_before_sending() -> None:
    requests: list[httpx.Request] = []
    client = duoplane(requests, total=0)
    body = OrderCreate.from_dict({"order_items": [{"name": "w", "quantity": -1}]})
    with pytest.raises(duoplane_client.errors.RequestValidationError) as caught:
        duoplane_create.sync_detailed(client=client, body=body)
    assert caught.value.field == "order_items[0].quantity"
    assert "minimum" in caught.value.rule
    assert requests == []


def test_vendor_error_messages_surface_in_the_exception() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body: dict[str, Any] = {
            "metadata": {},
            "data": None,
            "errors": ["store_id is unknown", "bad sku"],
        }
        return httpx.Response(
            422, content=json.dumps(body), headers={"content-type": "application/json"}
        )

    client = duoplane_client.AuthenticatedClient(
        LOOPBACK, username="u", password="p", transport=httpx.MockTransport(handler)
    )
    with pytest.raises(duoplane_client.errors.UnprocessableEntityError) as caught:
        duoplane_create.sync_detailed(client=client, body=OrderCreate.from_dict({}))
    assert "store_id is unknown" in str(caught.value)
    assert "bad sku" in str(caught.value)
