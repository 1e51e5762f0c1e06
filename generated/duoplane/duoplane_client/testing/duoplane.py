"""Duoplane: the `{metadata, data, errors}` envelope, page/per_page lists, a leaky bucket per user.

Every response carries `Duoplane-Requests-Left`; a 429 adds `Duoplane-Retry-After-Seconds` (and
`Retry-After`), and a caller who keeps calling while throttled waits longer (see
`ratelimit.LeakyBucket`). Lists add `Duoplane-Total-Count` and `Duoplane-Has-Next-Page`.
"""

from __future__ import annotations

from typing import Any

from .auth import DEMO_CREDENTIALS, TENANTS
from .base import Ctx, NotFound, Reply, VendorMock, whole_seconds
from .clock import Clock, TimeScale
from .ratelimit import Decision, LeakyBucket, Limiter
from .store import Store

CAPACITY = 40
LEAK_PER_SECOND = 2.0
MAX_PER_PAGE = 250

ADDRESS_FIELDS = (
    "first_name",
    "last_name",
    "company_name",
    "address_1",
    "address_2",
    "city",
    "post_code",
    "province_name",
    "province_code",
    "country_name",
    "country_iso2",
    "phone",
    "email",
)
ORDER_FIELDS = (
    "store_id",
    "store_source_name",
    "internal_id",
    "external_id",
    "ordered_at",
    "tag_names",
    "customer_note",
    "order_notes",
)
ITEM_FIELDS = (
    "name",
    "quantity",
    "price",
    "retailer_product_id",
    "retailer_sku",
    "internal_id",
    "order_item_notes",
)
PRODUCT_FIELDS = ("name", "retailer_sku", "upc", "mpn", "other_barcode")
INVENTORY_FIELDS = (
    "vendor_id",
    "vendor_name",
    "vendor_sku",
    "purchase_name",
    "cost",
    "manage_inventory",
    "quantity_available",
    "backordered_until",
)


class DuoplaneMock(VendorMock):
    name = "duoplane"
    credentials = DEMO_CREDENTIALS["duoplane"]
    tenants = TENANTS["duoplane"]

    def __init__(self) -> None:
        self.handlers = {
            "list_orders": self.list_orders,
            "get_order": self.get_order,
            "create_order": self.create_order,
            "list_products": self.list_products,
            "get_product": self.get_product,
            "create_product": self.create_product,
            "list_product_inventories": self.list_product_inventories,
        }

    # -- conventions -----------------------------------------------------------------------

    def make_limiter(self, clock: Clock, scale: TimeScale) -> Limiter:
        return LeakyBucket(clock, capacity=CAPACITY, leak_per_second=scale.rate_to_real(LEAK_PER_SECOND))

    def unlimited_remaining(self) -> int:
        return CAPACITY

    def error(self, status: int, code: str, message: str, scale: TimeScale) -> Reply:
        """Duoplane's envelope: `{"metadata": {}, "data": null, "errors": [<text>]}`."""
        return Reply(status, {"metadata": {}, "data": None, "errors": [message]})

    def finalize(self, reply: Reply, decision: Decision | None, scale: TimeScale) -> None:
        """Requests-Left on every response; the body's metadata repeats the figures."""
        remaining = CAPACITY if decision is None else decision.remaining
        wait = 0 if decision is None else whole_seconds(scale.to_vendor(decision.retry_after))
        reply.headers["Duoplane-Requests-Left"] = str(remaining)
        if isinstance(reply.body, dict) and isinstance(reply.body.get("metadata"), dict):
            metadata = reply.body["metadata"]
            metadata["requests_remaining"] = remaining
            metadata["retry_after_seconds"] = wait

    def throttled(self, decision: Decision, scale: TimeScale) -> Reply:
        wait = whole_seconds(scale.to_vendor(decision.retry_after))
        reply = self.error(
            429,
            "TooManyRequests",
            f"rate limit exceeded: wait {wait} s (Duoplane-Retry-After-Seconds); calling again "
            "before then makes the wait longer",
            scale,
        )
        reply.headers["Duoplane-Retry-After-Seconds"] = str(wait)
        reply.headers["Retry-After"] = str(wait)
        return reply

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _one(data: Any, status: int = 200) -> Reply:
        return Reply(status, {"metadata": {}, "data": data, "errors": []})

    @staticmethod
    def _page(ctx: Ctx, items: list[Any]) -> Reply:
        page = int(ctx.params.get("page", 1))
        per_page = int(ctx.params.get("per_page", MAX_PER_PAGE))
        start = (page - 1) * per_page
        chunk = items[start : start + per_page]
        has_next = start + per_page < len(items)
        body = {
            "metadata": {"total_count": len(items), "has_next_page": has_next},
            "data": chunk,
            "errors": [],
        }
        headers = {
            "Duoplane-Total-Count": str(len(items)),
            "Duoplane-Has-Next-Page": "true" if has_next else "false",
        }
        return Reply(200, body, headers)

    @staticmethod
    def _find(ctx: Ctx, collection: str, key: str, what: str) -> Any:
        raw = ctx.path[key]
        wanted = str(int(raw)) if raw.isdigit() else raw  # "0042" names order 42
        item = ctx.collection(collection).get(wanted)
        if item is None:
            raise NotFound(f"{what} {raw} not found")
        return item

    # -- orders ----------------------------------------------------------------------------

    def list_orders(self, ctx: Ctx) -> Reply:
        return self._page(ctx, list(ctx.collection("orders").values()))

    def get_order(self, ctx: Ctx) -> Reply:
        return self._one(self._find(ctx, "orders", "order_id", "order"))

    def create_order(self, ctx: Ctx) -> Reply:
        order = build_order(ctx.store, ctx.body, ctx.now_iso())
        ctx.collection("orders")[str(order["id"])] = order
        return self._one(order, 201)

    # -- products --------------------------------------------------------------------------

    def list_products(self, ctx: Ctx) -> Reply:
        return self._page(ctx, list(ctx.collection("products").values()))

    def get_product(self, ctx: Ctx) -> Reply:
        return self._one(self._find(ctx, "products", "product_id", "product"))

    def create_product(self, ctx: Ctx) -> Reply:
        product, inventories = build_product(ctx.store, ctx.body, ctx.now_iso())
        ctx.collection("products")[str(product["id"])] = product
        stored = ctx.collection("product_inventories")
        for inventory in inventories:
            stored[str(inventory["id"])] = inventory
        return self._one(product, 201)

    def list_product_inventories(self, ctx: Ctx) -> Reply:
        return self._page(ctx, list(ctx.collection("product_inventories").values()))

    # -- demo data -------------------------------------------------------------------------

    def seed(self, store: Store, clock: Clock) -> None:
        stamp = "2026-01-01T00:00:00Z"
        for number, tenant in enumerate(self.tenants):
            for index in range(3):
                body = {
                    "store_id": 100 + number,
                    "external_id": f"{tenant}-ext-{index + 1}",
                    "ordered_at": stamp,
                    "tag_names": ["demo"],
                    "order_items": [{"name": f"Demo item {index + 1}", "quantity": 1 + index, "price": 9.5}],
                }
                order = build_order(store, body, stamp)
                store.collection(tenant, "orders")[str(order["id"])] = order
            for index in range(2):
                body = {"name": f"{tenant} product {index + 1}", "retailer_sku": f"SKU-{index}"}
                product, _ = build_product(store, body, stamp)
                store.collection(tenant, "products")[str(product["id"])] = product
                stock = {
                    "vendor_id": 7,
                    "vendor_name": "Demo Vendor",
                    "vendor_sku": f"V-{index}",
                    "purchase_name": product["attributes"]["name"],
                    "cost": 4.25,
                    "manage_inventory": True,
                    "quantity_available": 10 * (index + 1),
                    "backordered_until": None,
                }
                inventory = build_inventory(store, product["id"], stock)
                # Seeded products show the object form of relationships, with references only;
                # created ones show the reference's array form with whole inventory objects.
                product["relationships"] = {
                    "product_inventories": [{"id": inventory["id"], "type": "product_inventory"}]
                }
                store.collection(tenant, "product_inventories")[str(inventory["id"])] = inventory


def _address(store: Store, source: Any) -> dict[str, Any] | None:
    if not isinstance(source, dict):
        return None
    return {
        "id": str(store.next_id("addresses")),
        "type": "address",
        "attributes": {k: source[k] for k in ADDRESS_FIELDS if k in source},
    }


def build_order(store: Store, body: dict[str, Any], now: str) -> dict[str, Any]:
    """The stored (and returned) order for a create-order request body."""
    order_id = store.next_id("orders", start=1001)
    attributes: dict[str, Any] = {"created_at": now, "updated_at": now}
    attributes.update({k: body[k] for k in ORDER_FIELDS if k in body})
    items = []
    for item in body.get("order_items") or []:
        fields = {k: item[k] for k in ITEM_FIELDS if k in item}
        items.append(
            {
                "id": str(store.next_id("order_items", start=5001)),
                "type": "order_item",
                "attributes": fields,
                "relationships": [],
            }
        )
    relationships: dict[str, Any] = {"order_items": items}
    for key in ("shipping_address", "billing_address"):
        address = _address(store, body.get(key))
        if address is not None:
            relationships[key] = address
    return {
        "id": order_id,
        "type": "order",
        "attributes": attributes,
        "relationships": relationships,
    }


def build_inventory(store: Store, product_id: Any, source: dict[str, Any]) -> dict[str, Any]:
    """A stored inventory record: one vendor's stock and cost for the product."""
    return {
        "id": store.next_id("product_inventories", start=3001),
        "type": "product_inventory",
        "attributes": {
            "product_id": product_id,
            **{k: source[k] for k in INVENTORY_FIELDS if k in source},
        },
        "relationships": [],
    }


def build_product(store: Store, body: dict[str, Any], now: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The stored product for a create-product body, and the inventory records it creates.

    `relationships` takes the array form of Duoplane's Product schema, whose one element holds
    the whole inventory objects.
    """
    product_id = str(store.next_id("products", start=2001))
    attributes: dict[str, Any] = {"created_at": now, "updated_at": now}
    attributes.update({k: body[k] for k in PRODUCT_FIELDS if k in body})
    inventories = [
        build_inventory(store, product_id, item)
        for item in body.get("product_inventories") or []
        if isinstance(item, dict)
    ]
    product = {
        "id": product_id,
        "type": "product",
        "attributes": attributes,
        "relationships": [{"product_inventories": inventories}],
    }
    return product, inventories
