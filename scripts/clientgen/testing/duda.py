"""Duda eComm: orders of one site (list with offset/limit/sort/direction, get, create, update,
cancel), their refunds and fulfillments. Errors are `{error_code, message}`.

The tenant is the site: a credential may only use its own `site_name`; any other site is answered
as if it did not exist (404 ResourceNotExist), the same as an unknown order id.
"""

from __future__ import annotations

import math
from typing import Any

from .auth import DEMO_CREDENTIALS, TENANTS
from .base import Conflict, Ctx, NotFound, Reply, VendorMock
from .clock import Clock, TimeScale
from .ratelimit import Limiter, SlidingWindow
from .store import Store

REQUESTS_PER_SECOND = 10
DEFAULT_LIMIT = 100
DEFAULT_QUANTITY = 1  # units of an order line created without a quantity
# Units per seeded line: enough for a demo (or a fuzz run) to refund and ship some of them;
# each seeded order starts with one unit refunded and one shipped, so both lists have entries
# to read.
SEED_UNITS = 10
FIRST_FULFILLMENT_ID = 701
SEED_STATUSES = ("IN_PROGRESS", "PROCESSED", "SHIPPED", "DELIVERED", "PENDING")


class DudaMock(VendorMock):
    name = "duda"
    credentials = DEMO_CREDENTIALS["duda"]
    tenants = TENANTS["duda"]

    def __init__(self) -> None:
        self.handlers = {
            "list_orders": self.list_orders,
            "get_order": self.get_order,
            "create_order": self.create_order,
            "update_order": self.update_order,
            "cancel_order": self.cancel_order,
            "list_refunds": self.list_refunds,
            "get_refund": self.get_refund,
            "create_refund": self.create_refund,
            "list_fulfillments": self.list_fulfillments,
            "get_fulfillment": self.get_fulfillment,
            "create_fulfillment": self.create_fulfillment,
            "update_fulfillment": self.update_fulfillment,
        }

    def make_limiter(self, clock: Clock, scale: TimeScale) -> Limiter:
        return SlidingWindow(clock, capacity=REQUESTS_PER_SECOND, window_seconds=scale.to_real(1))

    def error(self, status: int, code: str, message: str, scale: TimeScale) -> Reply:
        """Duda's error body: `{"error_code", "message"}`."""
        return Reply(status, {"error_code": code, "message": message})

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _site(ctx: Ctx) -> None:
        if ctx.path.get("site_name") != ctx.tenant:
            raise NotFound(f"site {ctx.path.get('site_name')} not found")

    def _order(self, ctx: Ctx) -> dict[str, Any]:
        self._site(ctx)
        order: dict[str, Any] | None = ctx.collection("orders").get(ctx.path["order_id"])
        if order is None:
            raise NotFound(f"order {ctx.path['order_id']} not found")
        return order

    @staticmethod
    def _page(ctx: Ctx, items: list[dict[str, Any]]) -> Reply:
        offset = int(ctx.params.get("offset", 0))
        limit = int(ctx.params.get("limit", DEFAULT_LIMIT))
        sort = ctx.params.get("sort")
        if sort:
            present = [i for i in items if i.get(sort) is not None]
            absent = [i for i in items if i.get(sort) is None]
            present.sort(key=lambda i: _sort_key(i[sort]))
            if str(ctx.params.get("direction", "asc")).lower() == "desc":
                present.reverse()
            items = present + absent
        elif str(ctx.params.get("direction", "asc")).lower() == "desc":
            items = list(reversed(items))
        body = {
            "offset": offset,
            "limit": limit,
            "total_responses": len(items),
            "results": items[offset : offset + limit],
        }
        return Reply(200, body)

    # -- orders ----------------------------------------------------------------------------

    def list_orders(self, ctx: Ctx) -> Reply:
        self._site(ctx)
        return self._page(ctx, list(ctx.collection("orders").values()))

    def get_order(self, ctx: Ctx) -> Reply:
        return Reply(200, self._order(ctx))

    def create_order(self, ctx: Ctx) -> Reply:
        self._site(ctx)
        body: dict[str, Any] = ctx.body
        orders = ctx.collection("orders")
        invoice = body.get("invoice_number")
        if any(o.get("invoice_number") == invoice for o in orders.values()):
            raise Conflict("invoice_number", "unique", f"invoice {invoice!r} already exists")
        order = build_order(ctx.store, body, ctx.now_iso())
        orders[order["id"]] = order
        return Reply(200, order)

    def update_order(self, ctx: Ctx) -> Reply:
        order = self._order(ctx)
        body: dict[str, Any] = ctx.body
        items_by_id = {item.get("id"): item for item in order.get("items", [])}
        changes = body.get("items") or []
        for index, change in enumerate(changes):  # check all first: a 422 changes nothing
            if change["id"] not in items_by_id:
                raise Conflict(
                    f"items[{index}].id", "exists", f"order has no item {change['id']!r}"
                )
        for change in changes:
            if "metadata" in change:
                items_by_id[change["id"]]["metadata"] = change["metadata"]
        for key in ("status", "email", "billing_address", "shipping_address"):
            if key in body:
                order[key] = body[key]
        for key in ("shipping_instructions", "metadata"):
            if key in body:
                order[key] = body[key]
        return Reply(200, order)

    def cancel_order(self, ctx: Ctx) -> Reply:
        order = self._order(ctx)
        body: dict[str, Any] = ctx.body or {}
        order["status"] = "CANCELLED"
        order["cancelled"] = ctx.now_iso()
        if body.get("reason"):
            order["cancellation_reason"] = body["reason"]
        return Reply(200, order)

    # -- refunds ---------------------------------------------------------------------------

    def _children(self, ctx: Ctx, name: str, create: bool = False) -> dict[str, Any]:
        """The order's refunds or fulfillments by id (created only for a write)."""
        order = self._order(ctx)
        everything = ctx.collection(name)
        found: dict[str, Any] = (
            everything.setdefault(order["id"], {}) if create else everything.get(order["id"], {})
        )
        return found

    def _refunds(self, ctx: Ctx, create: bool = False) -> dict[str, Any]:
        return self._children(ctx, "refunds", create)

    def list_refunds(self, ctx: Ctx) -> Reply:
        return self._page(ctx, list(self._refunds(ctx).values()))

    def get_refund(self, ctx: Ctx) -> Reply:
        refund = self._refunds(ctx).get(ctx.path["refund_id"])
        if refund is None:
            raise NotFound(f"refund {ctx.path['refund_id']} not found")
        return Reply(200, refund)

    def create_refund(self, ctx: Ctx) -> Reply:
        order = self._order(ctx)
        body: dict[str, Any] = ctx.body
        refund = new_refund(
            ctx.store,
            order,
            self._refunds(ctx),
            body["items"],
            str(body.get("reason", "")),
            ctx.now_iso(),
        )
        self._refunds(ctx, create=True)[refund["id"]] = refund
        return Reply(201, refund)

    # -- fulfillments ----------------------------------------------------------------------

    def _fulfillments(self, ctx: Ctx, create: bool = False) -> dict[str, Any]:
        return self._children(ctx, "fulfillments", create)

    def list_fulfillments(self, ctx: Ctx) -> Reply:
        return self._page(ctx, list(self._fulfillments(ctx).values()))

    def get_fulfillment(self, ctx: Ctx) -> Reply:
        item = self._fulfillments(ctx).get(ctx.path["fulfillment_id"])
        if item is None:
            raise NotFound(f"fulfillment {ctx.path['fulfillment_id']} not found")
        return Reply(200, item)

    def create_fulfillment(self, ctx: Ctx) -> Reply:
        _check_items(self._order(ctx), ctx.body.get("items", []))
        fulfillment_id = str(ctx.store.next_id("fulfillments", start=FIRST_FULFILLMENT_ID))
        fulfillment = {"id": fulfillment_id, **ctx.body}
        self._fulfillments(ctx, create=True)[fulfillment_id] = fulfillment
        return Reply(201, fulfillment)

    def update_fulfillment(self, ctx: Ctx) -> Reply:
        fulfillments = self._fulfillments(ctx)
        item = fulfillments.get(ctx.path["fulfillment_id"])
        if item is None:
            raise NotFound(f"fulfillment {ctx.path['fulfillment_id']} not found")
        if "items" in ctx.body:
            _check_items(self._order(ctx), ctx.body["items"])
        item.update(ctx.body)
        return Reply(200, item)

    # -- demo data -------------------------------------------------------------------------

    def seed(self, store: Store, clock: Clock) -> None:
        for tenant in self.tenants:
            orders = store.collection(tenant, "orders")
            refunds = store.collection(tenant, "refunds")
            fulfillments = store.collection(tenant, "fulfillments")
            for index in range(5):
                body = {
                    "mode": "TEST" if index % 2 else "LIVE",
                    "status": SEED_STATUSES[index],
                    "email": f"buyer{index + 1}@{tenant}.example",
                    "invoice_number": f"{tenant}-INV-{index + 1:04d}",
                    "currency": "USD",
                    "billing_address": {"first_name": "Demo", "country": "US"},
                    "items": [
                        {
                            "name": f"Item {index + 1}",
                            "quantity": SEED_UNITS * (index + 1),
                            "unit_price": 10.0,
                        }
                    ],
                    "created": f"2026-01-0{index + 1}T10:00:00.000Z",
                }
                order = build_order(store, body, str(body["created"]))
                orders[order["id"]] = order
                line = [{"id": order["items"][0]["id"], "quantity": 1}]
                refund = new_refund(store, order, {}, line, "Damaged in transit", order["created"])
                refunds.setdefault(order["id"], {})[refund["id"]] = refund
                shipped = {"status": "FULFILLED", "method": "SHIPMENT", "items": line}
                fulfillment_id = str(store.next_id("fulfillments", start=FIRST_FULFILLMENT_ID))
                fulfillments.setdefault(order["id"], {})[fulfillment_id] = {
                    "id": fulfillment_id,
                    **shipped,
                }


def _check_items(
    order: dict[str, Any], wanted: list[dict[str, Any]], already: dict[str, int] | None = None
) -> dict[str, Any]:
    """The order's lines by id, after checking every requested line exists and has the units
    (less any `already` used, e.g. refunded). A line created without a quantity is one unit, as
    build_order counts it."""
    lines = {str(line.get("id")): line for line in order.get("items", [])}
    asked: dict[str, int] = dict(already or {})
    for index, entry in enumerate(wanted):
        line = lines.get(entry["id"])
        if line is None:
            raise Conflict(f"items[{index}].id", "exists", f"order has no item {entry['id']!r}")
        asked[entry["id"]] = asked.get(entry["id"], 0) + entry["quantity"]
        ordered = float(line.get("quantity", DEFAULT_QUANTITY))
        if asked[entry["id"]] > ordered:
            raise Conflict(
                f"items[{index}].quantity",
                "maximum",
                f"{asked[entry['id']]} units in all is more than the {ordered:g} ordered",
            )
    return lines


def new_refund(
    store: Store,
    order: dict[str, Any],
    earlier: dict[str, Any],
    wanted: list[dict[str, Any]],
    reason: str,
    now: str,
) -> dict[str, Any]:
    """A refund of `wanted` lines of `order`, checked against the units `earlier` refunds already
    returned, and listed on the order; the caller stores it. Nothing changes if a check fails."""
    refunded: dict[str, int] = {}
    for refund in earlier.values():
        for line in refund["items"]:
            refunded[line["id"]] = refunded.get(line["id"], 0) + line["quantity"]
    lines = _check_items(order, wanted, already=refunded)
    items: list[dict[str, Any]] = []
    for entry in wanted:
        price = float(lines[entry["id"]].get("unit_price") or 0)
        amount = money(price * entry["quantity"])
        items.append(_present({"id": entry["id"], "quantity": entry["quantity"], "amount": amount}))
    total = money(math.fsum(i.get("amount", math.inf) for i in items))
    refund_id = str(store.next_id("refunds", start=301))
    refund = {
        "id": refund_id,
        "order_id": order["id"],
        "transaction_id": f"txn-{refund_id}",
        "reason": reason,
        "items": items,
        "currency": (order.get("payment") or {}).get("currency", "USD"),
        **_present({"subtotal": total}),
        "taxes": [],
        **_present({"total": total}),
        "created": now,
    }
    summary = _present({"id": refund_id, "amount": total, "reason": reason, "created": now})
    order.setdefault("refunds", []).append(summary)
    return refund


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float):
        return (0, value)
    return (1, str(value))


CREATE_ONLY = ("items", "currency", "inventory_sync_strategy")


def money(value: float) -> float | None:
    """A computed amount rounded to cents, or None when it overflows a float.

    The input was schema-valid (the spec sets no maximum), so it is accepted as sent; only the
    figure the mock would derive from it is left out rather than stored as an infinity.
    """
    return round(value, 2) if math.isfinite(value) else None


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


def build_order(store: Store, body: dict[str, Any], now: str) -> dict[str, Any]:
    """The stored order for a create request: line ids assigned, totals computed."""
    totals = [
        money(float(item.get("unit_price", 0)) * float(item.get("quantity", DEFAULT_QUANTITY)))
        for item in body.get("items") or []
    ]
    subtotal = None if None in totals else money(math.fsum(t for t in totals if t is not None))
    items = [
        {**item, "id": str(store.next_id("order_items", start=1)), **_present({"total": total})}
        for item, total in zip(body.get("items") or [], totals, strict=True)
    ]
    order: dict[str, Any] = {
        "id": str(store.next_id("orders", start=10001)),
        "source": "EXTERNAL",
        **{k: v for k, v in body.items() if k not in CREATE_ONLY},
        "items": items,
        **_present({"subtotal": subtotal, "total": subtotal}),
        "refunds": [],
        "created": body.get("created", now),
    }
    payment = dict(body.get("payment") or {})
    payment.setdefault("currency", body.get("currency", "USD"))
    order["payment"] = payment
    return order
