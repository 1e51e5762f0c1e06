"""Duel: orders by the brand's own order id (PUT upsert, legacy POST create/update, GET), plus the
programme's members, events and assets from seeded demo data.

Upsert answers 201 for a new order and 200 for an existing one, with `change_status` ("created" /
"updated") saying which. A total of 0 cancels an order (stored `status` becomes "cancelled"). An
order id the brand does not have (including another brand's) is a 404. The legacy POSTs answer
`{"status": "success", "result": <order>}`; creating an id that exists, or a body `order` that
differs from the path, is a 409 (the spec's Conflict).
"""

from __future__ import annotations

from typing import Any

from .auth import DEMO_CREDENTIALS, TENANTS
from .base import Conflict, Ctx, NotFound, Reply, VendorMock
from .clock import Clock, TimeScale
from .ratelimit import Limiter, SlidingWindow
from .store import Store

REQUESTS_PER_MINUTE = 1500

EVENT_TYPES = (
    "action_approval",
    "action_rejection",
    "action_submission",
    "member_acceptance",
    "member_payment",
    "member_reward",
    "member_tier_up",
    "member_update",
    "purchase_completion",
    "purchase_update",
    "social_post_refresh",
    "task_completion",
)


class DuelMock(VendorMock):
    name = "duel"
    credentials = DEMO_CREDENTIALS["duel"]
    tenants = TENANTS["duel"]

    def __init__(self) -> None:
        self.handlers = {
            "upsert_order": self.upsert_order,
            "create_order": self.create_order,
            "update_order": self.update_order,
            "get_order": self.get_order,
            "list_members": self.list_members,
            "get_member": self.get_member,
            "list_events": self.list_events,
            "list_assets": self.list_assets,
        }

    def make_limiter(self, clock: Clock, scale: TimeScale) -> Limiter:
        return SlidingWindow(
            clock, capacity=REQUESTS_PER_MINUTE, window_seconds=scale.to_real(60.0)
        )

    def error(self, status: int, code: str, message: str, scale: TimeScale) -> Reply:
        """Duel documents no error body (the spec leaves it open): `{"error", "message"}`."""
        return Reply(status, {"error": code, "message": message})

    # -- orders ----------------------------------------------------------------------------

    @staticmethod
    def _save(ctx: Ctx, order_id: str, body: dict[str, Any], existing: Any) -> dict[str, Any]:
        """Merge the sent parameters into the stored order; a total of 0 cancels it.

        An `order` in the body that differs from the path's id is a conflict (409 in the spec).
        """
        sent = body.get("order")
        if sent is not None and sent != order_id:
            message = f"the body names order {sent} but the path names {order_id}"
            raise Conflict("order", "const", message)
        if existing is None:
            order: dict[str, Any] = {"order": order_id, "date": ctx.now_iso()}
            order.update(referral={}, redemption={}, loyalty={})
        else:
            order = dict(existing)
        order.update(body)
        order["order"] = order_id
        order["status"] = "cancelled" if _is_zero(order.get("total")) else "active"
        ctx.collection("orders")[order_id] = order
        return order

    def upsert_order(self, ctx: Ctx) -> Reply:
        order_id = ctx.path["order_id"]
        existing = ctx.collection("orders").get(order_id)
        order = self._save(ctx, order_id, ctx.body, existing)
        if existing is None:
            return Reply(201, {**order, "change_status": "created"})
        return Reply(200, {**order, "change_status": "updated"})

    def create_order(self, ctx: Ctx) -> Reply:
        order_id = str(ctx.body["order"])
        if order_id in ctx.collection("orders"):
            raise Conflict("order", "unique", f"order {order_id} already exists; update it instead")
        order = self._save(ctx, order_id, ctx.body, None)
        return Reply(201, {"status": "success", "result": order})

    def update_order(self, ctx: Ctx) -> Reply:
        order_id = ctx.path["order_id"]
        existing = ctx.collection("orders").get(order_id)
        if existing is None:
            raise NotFound(f"order {order_id} not found for this brand")
        order = self._save(ctx, order_id, ctx.body, existing)
        return Reply(200, {"status": "success", "result": order})

    def get_order(self, ctx: Ctx) -> Reply:
        order = ctx.collection("orders").get(ctx.path["order_id"])
        if order is None:
            raise NotFound(f"order {ctx.path['order_id']} not found for this brand")
        return Reply(200, order)

    # -- programme data --------------------------------------------------------------------

    def list_members(self, ctx: Ctx) -> Reply:
        return Reply(200, list(ctx.collection("members").values()))

    def get_member(self, ctx: Ctx) -> Reply:
        member = ctx.collection("members").get(ctx.path["member_id"])
        if member is None:
            raise NotFound(f"member {ctx.path['member_id']} not found")
        return Reply(200, member)

    def list_events(self, ctx: Ctx) -> Reply:
        return Reply(200, list(ctx.collection("events").values()))

    def list_assets(self, ctx: Ctx) -> Reply:
        return Reply(200, list(ctx.collection("assets").values()))

    def seed(self, store: Store, clock: Clock) -> None:
        stamp = "2026-01-01T00:00:00Z"
        for tenant in self.tenants:
            members = store.collection(tenant, "members")
            events = store.collection(tenant, "events")
            assets = store.collection(tenant, "assets")
            for index in range(3):
                member_id = f"m{store.next_id('members', start=101)}"
                members[member_id] = {
                    "id": member_id,
                    "username": f"{tenant}-advocate-{index + 1}",
                    "email": f"advocate{index + 1}@{tenant}.example",
                }
                event_id = f"e{store.next_id('events', start=501)}"
                events[event_id] = {
                    "id": event_id,
                    "type": EVENT_TYPES[index % len(EVENT_TYPES)],
                    "member_id": member_id,
                    "date": stamp,
                }
                asset_id = f"a{store.next_id('assets', start=901)}"
                assets[asset_id] = {
                    "id": asset_id,
                    "file_url": f"https://cdn.example/{tenant}/{asset_id}.jpg",
                    "file_type": "image/jpeg",
                    "date": stamp,
                    "source": "ugc",
                    "task_id": f"t{index + 1}",
                    "member_id": member_id,
                    "product_skus": [f"SKU-{index + 1}"],
                    "social_post_domain": "Instagram",
                    "social_post_url": f"https://instagram.example/p/{asset_id}",
                }


def _is_zero(total: Any) -> bool:
    try:
        return float(total) == 0.0
    except (TypeError, ValueError):
        return False
