"""Per-call cost of a generated client call against raw httpx on the same in-process transport."""

from __future__ import annotations

import json
import statistics
import timeit
from collections.abc import Callable, Mapping

import duoplane_client
import httpx
from duoplane_client.api.orders import get_order, list_orders
from duoplane_client.models import OrderListEnvelope

from bench.common import Row

ORDER = {
    "metadata": {"requests_remaining": 39},
    "data": {"id": 7, "type": "order", "attributes": {"internal_id": "x"}},
    "errors": [],
}
PAGE = {
    "metadata": {"total_count": 250},
    "data": [
        {
            "id": i,
            "type": "order",
            "attributes": {"internal_id": f"o-{i}", "ordered_at": "2026-11-20T10:15:00Z"},
            "relationships": {
                "order_items": [
                    {"id": str(i), "type": "order_item", "attributes": {"name": "w", "price": 9.5}}
                ]
            },
        }
        for i in range(250)
    ],
    "errors": [],
}


def _transport(body: Mapping[str, object]) -> httpx.MockTransport:
    content = json.dumps(body).encode()
    headers = {"content-type": "application/json", "Duoplane-Requests-Left": "39"}
    return httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers=headers)
    )


def per_call(fn: Callable[[], object], number: int, repeat: int = 7) -> float:
    """Median seconds per call over `repeat` runs of `number` calls."""
    return statistics.median(timeit.repeat(fn, number=number, repeat=repeat)) / number


def small_get(number: int) -> Row:
    client = duoplane_client.AuthenticatedClient(
        "http://127.0.0.1:9",
        username="u",
        password="p",
        transport=_transport(ORDER),
        enable_rate_limit=False,
    )
    raw = httpx.Client(base_url="http://127.0.0.1:9", auth=("u", "p"), transport=_transport(ORDER))

    def generated() -> object:
        return get_order.sync_detailed(7, client=client).parsed

    def baseline() -> object:
        return raw.get("/api/orders/7").json()

    ours, base = per_call(generated, number), per_call(baseline, number)
    return Row(
        name="small GET: generated client vs raw httpx",
        ours=f"{ours * 1e6:.0f} us/call",
        baseline=f"{base * 1e6:.0f} us/call",
        ratio=ours / base,
        target="<= 1.2x raw httpx",
        met=ours / base <= 1.2,
    )


def page_parse(number: int) -> Row:
    """Parsing a 250-item page: the generated attrs models vs json only (the floor)."""
    text = json.dumps(PAGE)

    def generated() -> object:
        return OrderListEnvelope.from_dict(json.loads(text))

    def baseline() -> object:
        return json.loads(text)

    ours, base = per_call(generated, number), per_call(baseline, number)
    return Row(
        name="parse a 250-item page: attrs models vs json.loads alone",
        ours=f"{ours * 1e3:.2f} ms/page",
        baseline=f"{base * 1e3:.2f} ms/page",
        ratio=ours / base,
        target="reported (pydantic comparison not run)",
        met=True,
    )


def full_list_call(number: int) -> Row:
    client = duoplane_client.AuthenticatedClient(
        "http://127.0.0.1:9",
        username="u",
        password="p",
        transport=_transport(PAGE),
        enable_rate_limit=False,
    )
    raw = httpx.Client(base_url="http://127.0.0.1:9", auth=("u", "p"), transport=_transport(PAGE))
    ours = per_call(lambda: list_orders.sync_detailed(client=client).parsed, number)
    base = per_call(lambda: raw.get("/api/orders").json(), number)
    return Row(
        name="250-item list_orders call: generated vs raw httpx + json",
        ours=f"{ours * 1e3:.2f} ms/call",
        baseline=f"{base * 1e3:.2f} ms/call",
        ratio=ours / base,
        target="reported",
        met=True,
    )
