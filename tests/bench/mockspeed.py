"""Mock throughput: requests per second of our mock against Prism mocking the same resolved spec
on loopback, same client, same requests.

Ours is the vendor's mock app served by `MockServer` on 127.0.0.1, rate limit off so no 429 is
measured. Prism is `prism mock` in its default static mode (answers from the spec's examples) with
its per-request logging silenced, as our mock logs nothing per request. One keep-alive
`httpx.Client` sends both the same fixed sequence: the vendor's GET operations on the demo
tenant's seeded data, lists capped at 10 items so they do not grow with the creates, and in each
cycle one create with the spec's own request example (its unique field numbered, so our stateful
mock accepts every one). Any non-2xx response raises: a figure for error paths means nothing.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from clientgen.testing import TENANTS, MockConfig, create_app
from clientgen.testing.server import MockServer
from clientgen.vendors import VENDORS as REGISTRY
from contract.fuzz import VENDORS, basic_auth
from contract.node_tools import find_node_tool, prism_mock

from bench.common import MissingTool, Row, rate_row

WARMUP = 300  # requests before timing: Prism (Node's JIT) needs a few hundred to settle
DUDA_ORDERS = "/sites/multiscreen/{site_name}/ecommerce/orders"

# vendor -> (create path as the spec names it, the body field made unique per cycle, GET paths).
# `{created}` is this cycle's unique value, `{site_name}` the demo tenant (Duda's site), and other
# `{name}` the first demo-tenant object in collection `name`.
SEQUENCES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "duel": (
        "/v1/orders",
        "order",
        ("/v1/orders/{created}", "/v1/members", "/v1/members/{members}", "/v1/events",
         "/api/v1/assets"),
    ),
    "duoplane": (
        "/api/orders",
        "internal_id",
        ("/api/orders?per_page=10", "/api/orders/{orders}", "/api/products?per_page=10",
         "/api/products/{products}", "/api/product_inventories?per_page=10"),
    ),
    "duda": (
        DUDA_ORDERS,
        "invoice_number",
        (f"{DUDA_ORDERS}?limit=10", DUDA_ORDERS + "/{orders}",
         DUDA_ORDERS + "/{orders}/refunds?limit=10",
         DUDA_ORDERS + "/{orders}/fulfillments?limit=10"),
    ),
}  # fmt: skip
SEEDED = ("members", "orders", "products")


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: dict[str, Any] | None = None


@dataclass
class Measured:
    """One server's answers to the sequence."""

    seconds: float
    latencies: list[float]
    failed: list[str]

    @property
    def per_second(self) -> float:
        return len(self.latencies) / self.seconds

    def describe(self) -> str:
        median = statistics.median(self.latencies) * 1e3
        return f"{self.per_second:.0f} req/s (median {median:.2f} ms, {len(self.failed)} non-2xx)"


def _create_example(vendor: str) -> dict[str, Any]:
    """The spec's own request example for the vendor's create operation."""
    spec = json.loads(REGISTRY[vendor].resolved_spec_path.read_text("utf-8"))
    operation = spec["paths"][SEQUENCES[vendor][0]]["post"]
    example: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["example"]
    return example


def calls(vendor: str, count: int, tag: str = "bench") -> list[Call]:
    """`count` requests: cycles of one create then the vendor's GETs, the same on every run."""
    path, field, gets = SEQUENCES[vendor]
    example = _create_example(vendor)
    app: Any = create_app(vendor)  # only to read which ids the demo data seeds
    store, tenant = app.state.mock.store, TENANTS[vendor][0]
    ids = {name: next(iter(store.collection(tenant, name)), "") for name in SEEDED}
    sequence: list[Call] = []
    cycle = 0
    while len(sequence) < count:
        created = f"{tag}-{cycle}"
        values = {**ids, "site_name": tenant, "created": created}
        sequence.append(Call("POST", path.format(**values), {**example, field: created}))
        sequence += [Call("GET", get.format(**values)) for get in gets]
        cycle += 1
    return sequence[:count]


def send(client: httpx.Client, base_url: str, sequence: list[Call]) -> Measured:
    latencies, failed = [], []
    started = time.perf_counter()
    for call in sequence:
        sent = time.perf_counter()
        response = client.request(call.method, base_url + call.path, json=call.body)
        latencies.append(time.perf_counter() - sent)
        if not response.is_success:
            status, text = response.status_code, response.text[:200]
            failed.append(f"{call.method} {call.path}: {status} {text}")
    return Measured(time.perf_counter() - started, latencies, failed)


@contextmanager
def ours(vendor: str) -> Iterator[str]:
    app: Any = create_app(vendor, config=MockConfig(rate_limit=False))
    with MockServer(app) as server:
        yield server.base_url


def prism_binary() -> Path:
    try:
        return find_node_tool("prism")
    except FileNotFoundError as exc:
        raise MissingTool(f"the mock benchmark needs Prism: {exc}") from None


def prism(vendor: str) -> AbstractContextManager[str]:
    binary = prism_binary()
    return prism_mock(binary, REGISTRY[vendor].resolved_spec_path, "--verboseLevel", "silent")


def measure(
    server: Callable[[str], AbstractContextManager[str]],
    vendor: str,
    sequence: list[Call],
    warmup: int,
) -> Measured:
    """Warm the server up (connection, caches, Node's JIT), then time the sequence."""
    with server(vendor) as base_url, httpx.Client(auth=basic_auth(vendor), timeout=30) as client:
        warmed = send(client, base_url, calls(vendor, warmup, tag="warmup"))
        result = send(client, base_url, sequence)
    result.failed = warmed.failed + result.failed
    if result.failed:
        shown = "\n  ".join(result.failed[:5])
        raise RuntimeError(f"{vendor}: {len(result.failed)} non-2xx answers, e.g.\n  {shown}")
    return result


def run(
    requests_per_vendor: int, *, warmup: int = WARMUP, vendors: Sequence[str] = VENDORS
) -> list[Row]:
    """One row per vendor: our mock's requests/s (ours) against Prism's (baseline)."""
    prism_binary()  # before measuring anything: without the baseline no row means anything
    rows = []
    for vendor in vendors:
        sequence = calls(vendor, requests_per_vendor)
        cycle = len(SEQUENCES[vendor][2]) + 1
        mine = measure(ours, vendor, sequence, warmup)
        theirs = measure(prism, vendor, sequence, warmup)
        name = (
            f"mock throughput {vendor}: our mock vs Prism (static), "
            f"{requests_per_vendor} keep-alive requests, 1 in {cycle} a create"
        )
        rows.append(rate_row(name, mine, theirs))
    return rows
