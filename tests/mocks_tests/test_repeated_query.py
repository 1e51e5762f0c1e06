"""A repeated query parameter: the mock validates and handles the same (first) value.

Before the fix the validator checked the first value and the handler used the last, so
`?offset=7&offset=x` was a 500 and `?limit=5&limit=0` slipped past `minimum: 1`.
"""

from __future__ import annotations

import httpx
import pytest

from mocks_tests.conftest import DUDA_ORDERS, AppFactory, ClientFactory, auth

pytestmark = pytest.mark.asyncio


async def _get(
    make_app: AppFactory, make_client: ClientFactory, vendor: str, path: str, query: str
) -> httpx.Response:
    client = make_client(make_app(vendor, rate_limit=False), vendor)
    return await client.get(f"{path}?{query}", headers=auth(vendor))


async def test_a_valid_first_value_is_the_one_used(
    make_app: AppFactory, make_client: ClientFactory
) -> None:
    response = await _get(make_app, make_client, "duda", DUDA_ORDERS, "offset=1&offset=x")
    assert response.status_code == 200, response.text
    assert response.json()["offset"] == 1
    response = await _get(make_app, make_client, "duda", DUDA_ORDERS, "limit=2&limit=0")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["limit"] == 2 and len(body["results"]) == 2


async def test_an_invalid_first_value_is_refused_naming_it(
    make_app: AppFactory, make_client: ClientFactory
) -> None:
    response = await _get(make_app, make_client, "duda", DUDA_ORDERS, "limit=x&limit=5")
    assert response.status_code == 400, response.text
    assert "limit" in response.json()["message"]


@pytest.mark.parametrize(
    ("query", "status", "per_page"),
    [("per_page=2&per_page=x", 200, 2), ("per_page=x&per_page=2", 400, None)],
)
async def test_duoplane_pages_the_same_way(
    make_app: AppFactory,
    make_client: ClientFactory,
    query: str,
    status: int,
    per_page: int | None,
) -> None:
    response = await _get(make_app, make_client, "duoplane", "/api/orders", query)
    assert response.status_code == status, response.text
    if per_page is not None:
        assert len(response.json()["data"]) == per_page
