"""Paths a router regex cannot match still get vendor-shaped JSON, never a plain-text 404."""

from __future__ import annotations

import httpx
import pytest
from clientgen.testing import create_app, demo_credential


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("vendor", "path"),
    [
        ("duda", "/sites/multiscreen/demo-site/ecommerce/orders/%0Ax"),
        ("duoplane", "/api/orders/%0A"),
        ("duel", "/nowhere/%0A/at-all"),
    ],
)
async def test_encoded_newline_in_path_answers_json(vendor: str, path: str) -> None:
    transport = httpx.ASGITransport(app=create_app(vendor))
    headers = demo_credential(vendor).headers
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        response = await client.get(path, headers=headers)
    assert 400 <= response.status_code < 500
    assert response.headers["content-type"].startswith("application/json")
