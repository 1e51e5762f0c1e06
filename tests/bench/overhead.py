"""Per-call cost of a generated client call against raw httpx on the same in-process transport,
and parsing a 250-item page with the generated attrs models against pydantic v2 models that
datamodel-code-generator makes from the same resolved spec (`openapi.json` in the package).
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import timeit
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import duoplane_client
import httpx
from duoplane_client.api.orders import get_order, list_orders
from duoplane_client.models import OrderListEnvelope

from bench.common import Row

# Rate limiting stays on (it is one of the hooks measured) with vendor time so fast that the
# bucket never makes a call wait: what is measured is the bookkeeping, not a sleep.
UNBOUNDED_TIME_SCALE = 1e6

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


def side_by_side(
    ours: Callable[[], object], base: Callable[[], object], number: int, rounds: int = 15
) -> tuple[float, float]:
    """Median seconds per call of each, measured in alternating rounds so drift hits both."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        a.append(timeit.timeit(ours, number=number) / number)
        b.append(timeit.timeit(base, number=number) / number)
    return statistics.median(a), statistics.median(b)


def _client(body: Mapping[str, object]) -> duoplane_client.AuthenticatedClient:
    return duoplane_client.AuthenticatedClient(
        "http://127.0.0.1:9",
        username="u",
        password="p",
        transport=_transport(body),
        time_scale=UNBOUNDED_TIME_SCALE,
    )


def _raw(body: Mapping[str, object]) -> httpx.Client:
    """The baseline: plain httpx on the same kind of transport, the same credentials."""
    return httpx.Client(base_url="http://127.0.0.1:9", auth=("u", "p"), transport=_transport(body))


def small_get(number: int) -> Row:
    """`get_order` through every hook (limiter, retry rules, typed errors, models) vs raw httpx."""
    client = _client(ORDER)
    raw = _raw(ORDER)

    def generated() -> object:
        return get_order.sync_detailed(7, client=client).parsed

    def baseline() -> object:
        return raw.get("/api/orders/7").json()

    for fn in (generated, baseline):  # warm up: first calls build the httpx clients
        fn()
    ours, base = side_by_side(generated, baseline, max(1, number // 15))
    return Row(
        name="small GET (limiter, retry rules, typed errors, models) vs raw httpx",
        ours=f"{ours * 1e6:.0f} us/call",
        baseline=f"{base * 1e6:.0f} us/call",
        ratio=ours / base,
        target="<= 1.2x raw httpx",
        met=ours / base <= 1.2,
    )


def pydantic_models(spec: Path, directory: Path) -> ModuleType:
    """pydantic v2 models generated from `spec` by datamodel-code-generator, imported."""
    out = directory / "duoplane_pydantic.py"
    command = [
        str(Path(sys.executable).with_name("datamodel-codegen")),
        *("--input", str(spec), "--input-file-type", "openapi"),
        *("--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11"),
        *("--formatters", "builtin", "--disable-timestamp", "--output", str(out)),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)
    loaded = importlib.util.spec_from_file_location("duoplane_pydantic", out)
    if loaded is None or loaded.loader is None:
        raise RuntimeError(f"cannot import {out}")
    module = importlib.util.module_from_spec(loaded)
    sys.modules[loaded.name] = module  # pydantic resolves generic models through sys.modules
    loaded.loader.exec_module(module)
    return module


def page_parse(number: int) -> list[Row]:
    """A 250-item page: attrs models vs pydantic (both paths) and vs json.loads alone."""
    text = json.dumps(PAGE)
    spec = Path(duoplane_client.__file__).with_name("openapi.json")
    with tempfile.TemporaryDirectory(prefix="clientgen-pydantic-") as scratch:
        envelope: Any = pydantic_models(spec, Path(scratch)).OrderListEnvelope

    def generated() -> OrderListEnvelope:
        return OrderListEnvelope.from_dict(json.loads(text))

    parsed, checked = generated(), envelope.model_validate_json(text)
    if not isinstance(parsed.data, list) or not len(parsed.data) == len(checked.data) == 250:
        raise RuntimeError("the two model sets disagree about the page")
    rows: list[Row] = []
    baselines: list[tuple[str, Callable[[], object], str]] = [
        (
            "pydantic model_validate_json (bytes -> models, in Rust)",
            lambda: envelope.model_validate_json(text),
            "not slower than pydantic",
        ),
        (
            "pydantic model_validate(json.loads) (the path pydantic SDKs take)",
            lambda: envelope.model_validate(json.loads(text)),
            "not slower than pydantic",
        ),
        ("json.loads alone (the floor)", lambda: json.loads(text), "reported"),
    ]
    for label, baseline, target in baselines:
        ours, base = side_by_side(generated, baseline, max(1, number // 15))
        rows.append(
            Row(
                name=f"parse a 250-item page: attrs from_dict(json.loads) vs {label}",
                ours=f"{ours * 1e3:.2f} ms/page",
                baseline=f"{base * 1e3:.2f} ms/page",
                ratio=ours / base,
                target=target,
                met=ours / base <= 1.0 if target != "reported" else True,
            )
        )
    return rows


def full_list_call(number: int) -> Row:
    client = _client(PAGE)
    raw = _raw(PAGE)
    ours, base = side_by_side(
        lambda: list_orders.sync_detailed(client=client).parsed,
        lambda: raw.get("/api/orders").json(),
        max(1, number // 15),
    )
    return Row(
        name="250-item list_orders call: generated vs raw httpx + json",
        ours=f"{ours * 1e3:.2f} ms/call",
        baseline=f"{base * 1e3:.2f} ms/call",
        ratio=ours / base,
        target="reported",
        met=True,
    )
