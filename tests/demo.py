"""The README's main job, second half: a generated client in use against a local mock.

Starts the Duoplane mock on a free loopback port, then, through `duoplane_client`: creates orders,
pages through them, shows the typed rate-limit headers, a typed error, and bad input refused
before anything is sent. Run by `nox -s demo`.
"""

from __future__ import annotations

import sys

from clientgen.testing import MockConfig, create_app
from clientgen.testing.server import MockServer
from duoplane_client import AuthenticatedClient, errors
from duoplane_client.api.orders import create_order, get_order, list_orders
from duoplane_client.models import OrderCreate


def main() -> int:
    with MockServer(create_app("duoplane", config=MockConfig(seed_data=False))) as server:
        print(f"Duoplane mock listening on {server.base_url}")
        client = AuthenticatedClient(server.base_url, username="demo-key", password="demo-password")
        print(f"client: {client!r}")  # credentials masked
        with client:
            for n in range(1, 4):
                body = OrderCreate.from_dict(
                    {
                        "internal_id": f"demo-{n}",
                        "order_items": [{"name": "Widget", "quantity": n, "price": 9.5}],
                    }
                )
                created = create_order.sync_detailed(client=client, body=body)
                order = created.parsed.data if created.parsed else None
                assert order, created.spec_mismatches
                left = created.typed_headers.duoplane_requests_left
                print(f"created order id={order.id} (requests left: {left})")
            ids = [order.id for order in list_orders.iter_items(client=client, page_size=2)]
            print(f"listed {len(ids)} orders across pages of 2: {ids}")
            try:
                get_order.sync_detailed(999999, client=client)
            except errors.NotFoundError as exc:
                print(f"typed error: {type(exc).__name__}: {exc}")
            try:  # bad input never leaves the process
                list_orders.sync_detailed(client=client, per_page=1000)
            except errors.RequestValidationError as exc:
                print(f"refused before sending: {exc} (field={exc.field}, rule={exc.rule})")
            bad = OrderCreate.from_dict({"internal_id": "x", "order_items": [{"quantity": "2"}]})
            try:
                create_order.sync_detailed(client=client, body=bad)
            except errors.RequestValidationError as exc:
                print(f"refused before sending: {exc}")
            try:
                OrderCreate.from_dict({"internal_id": "x", "ordered_at": "next tuesday"})
            except errors.ModelValidationError as exc:
                print(f"refused by the model: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
