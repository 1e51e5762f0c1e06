"""Per-vendor facts the client tests need: which operations to call and with what."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import duda_client
import duel_client
import duoplane_client
from duda_client.api.orders import create_order as duda_create
from duda_client.api.orders import get_order as duda_get
from duda_client.models import OrderCreate as DudaOrderCreate
from duel_client.api.orders import create_order as duel_create
from duel_client.api.orders import get_order as duel_get
from duel_client.models import OrderCreate as DuelOrderCreate
from duoplane_client.api.orders import create_order as duoplane_create
from duoplane_client.api.orders import get_order as duoplane_get
from duoplane_client.models import OrderCreate as DuoplaneOrderCreate

LOOPBACK = "http://127.0.0.1:9"  # never contacted: tests inject a transport


@dataclass(frozen=True)
class VendorCase:
    """How to exercise one generated package generically."""

    name: str
    package: Any
    get_path: str
    get: Callable[..., Any]
    aget: Callable[..., Any]
    create: Callable[..., Any]
    acreate: Callable[..., Any]
    create_path: str
    create_body: Callable[[], Any]
    get_body: dict[str, Any]


CASES = [
    VendorCase(
        name="duel",
        package=duel_client,
        get_path="/v1/orders/ord-1",
        get=lambda client: duel_get.sync_detailed("ord-1", client=client),
        aget=lambda client: duel_get.asyncio_detailed("ord-1", client=client),
        create=lambda client, body: duel_create.sync_detailed(client=client, body=body),
        acreate=lambda client, body: duel_create.asyncio_detailed(client=client, body=body),
        create_path="/v1/orders",
        create_body=lambda: DuelOrderCreate.from_dict(
            {"order": "ord-1", "total": 10.0, "currency": "GBP", "email": "a@example.com"}
        ),
        get_body={"order": "ord-1", "total": 10.0},
    ),
    VendorCase(
        name="duoplane",
        package=duoplane_client,
        get_path="/api/orders/7",
        get=lambda client: duoplane_get.sync_detailed(7, client=client),
        aget=lambda client: duoplane_get.asyncio_detailed(7, client=client),
        create=lambda client, body: duoplane_create.sync_detailed(client=client, body=body),
        acreate=lambda client, body: duoplane_create.asyncio_detailed(client=client, body=body),
        create_path="/api/orders",
        create_body=lambda: DuoplaneOrderCreate.from_dict({"internal_id": "o-1"}),
        get_body={
            "metadata": {"requests_remaining": 39},
            "data": {"id": 7, "type": "order"},
            "errors": [],
        },
    ),
    VendorCase(
        name="duda",
        package=duda_client,
        get_path="/sites/multiscreen/site1/ecommerce/orders/o1",
        get=lambda client: duda_get.sync_detailed("site1", "o1", client=client),
        aget=lambda client: duda_get.asyncio_detailed("site1", "o1", client=client),
        create=lambda client, body: duda_create.sync_detailed("site1", client=client, body=body),
        acreate=lambda client, body: duda_create.asyncio_detailed(
            "site1", client=client, body=body
        ),
        create_path="/sites/multiscreen/site1/ecommerce/orders",
        create_body=lambda: DudaOrderCreate.from_dict(
            {
                "mode": "LIVE",
                "status": "PROCESSED",
                "currency": "USD",
                "email": "a@example.com",
                "invoice_number": "INV-1",
                "billing_address": {"city": "X"},
                "items": [{"name": "w", "quantity": 1}],
            }
        ),
        get_body={"id": "o1", "status": "PROCESSED"},
    ),
]
