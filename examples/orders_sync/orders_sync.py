"""A tiny service that forwards a shop's order to one vendor: what `tests/` tests with the fake."""

from __future__ import annotations

from typing import Any

from duda_client.api.orders import create_order as duda_create
from duda_client.models import OrderCreate as DudaOrder
from duel_client.api.orders import create_order as duel_create
from duel_client.models import OrderCreate as DuelOrder
from duoplane_client.api.orders import create_order as duoplane_create
from duoplane_client.models import OrderCreate as DuoplaneOrder


def send_order(vendor: str, client: Any, order_id: str, tenant: str) -> int:
    """Create the order `order_id` at `vendor` (signed in with `client`); the HTTP status."""
    if vendor == "duel":
        body = {"order": order_id, "total": 10.0, "currency": "GBP", "email": "a@example.com"}
        return duel_create.sync_detailed(client=client, body=DuelOrder.from_dict(body)).status_code
    if vendor == "duoplane":
        body = {"internal_id": order_id}
        placed = duoplane_create.sync_detailed(client=client, body=DuoplaneOrder.from_dict(body))
        return placed.status_code
    order = {
        "mode": "LIVE",
        "status": "PROCESSED",
        "currency": "USD",
        "email": "a@example.com",
        "invoice_number": order_id,
        "billing_address": {"city": "X"},
        "items": [{"name": "w", "quantity": 1}],
    }
    response = duda_create.sync_detailed(tenant, client=client, body=DudaOrder.from_dict(order))
    return response.status_code


async def send_order_async(vendor: str, client: Any, order_id: str) -> int:
    """The async path, for Duoplane: same call through `asyncio_detailed`."""
    assert vendor == "duoplane"
    body = DuoplaneOrder.from_dict({"internal_id": order_id})
    response = await duoplane_create.asyncio_detailed(client=client, body=body)
    return response.status_code
