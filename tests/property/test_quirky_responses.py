"""Property: each client parses any body its spec allows, made quirky, without raising or losing.

For every operation of every vendor with a JSON 2xx body, hypothesis-jsonschema generates bodies
from that response schema (taken from the package's `openapi.json`, `$ref`s resolved against its
components); the realistic-vendor mode (`clientgen.testing.quirks`, with a drawn seed) then
rewrites each one (nulls, extra fields, an unknown enum value, integers as floats, an undeclared
2xx on writes). The operation's own response builder, on a tolerant client, must return a parsed
model that carries every value sent. Derandomized (fixed seed) and bounded, so CI is fast and
repeatable.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
from collections.abc import Iterator
from functools import cache
from typing import Any

import httpx
import pytest
from clientgen.conformance.probe import load_spec
from clientgen.runtime.refs import resolve
from clientgen.testing import Quirks
from clientgen.testing.quirks import QuirkApplier, Wire
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from quirks_run import unreachable

PACKAGES = {"duel": "duel_client", "duoplane": "duoplane_client", "duda": "duda_client"}
EXAMPLES = int(os.environ.get("CLIENTGEN_PROPERTY_EXAMPLES", "10"))
# OpenAPI's numeric formats, which hypothesis-jsonschema does not know (JSON Schema has none).
_FORMATS = frozenset({"int32", "int64", "float", "double"})


def _modules(vendor: str) -> Iterator[Any]:
    api = importlib.import_module(f"{PACKAGES[vendor]}.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION_ID") and getattr(module, "PRIMARY_STATUS", None):
            yield module


def _module(vendor: str, operation_id: str) -> Any:
    return {module.OPERATION_ID: module for module in _modules(vendor)}[operation_id]


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        str(op["operationId"]): (method.upper(), op)
        for item in spec["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def _cases() -> list[Any]:
    cases = []
    for vendor in PACKAGES:
        for module in _modules(vendor):
            cases.append(
                pytest.param(vendor, module.OPERATION_ID, id=f"{vendor}-{module.OPERATION_ID}")
            )
    return cases


def _strip_formats(node: Any) -> Any:
    """The schema without the numeric OpenAPI formats (int32, ...) hypothesis-jsonschema rejects."""
    if isinstance(node, dict):
        out = {k: _strip_formats(v) for k, v in node.items() if not k.startswith("x-")}
        if out.get("format") in _FORMATS:
            del out["format"]
        return out
    if isinstance(node, list):
        return [_strip_formats(item) for item in node]
    return node


@cache
def _strategy(vendor: str, operation_id: str, status: int) -> st.SearchStrategy[Any]:
    spec = load_spec(PACKAGES[vendor])
    _method, operation = _operations(spec)[operation_id]
    response = resolve(spec, operation["responses"][str(status)])
    schema = response["content"]["application/json"]["schema"]
    document = {**_strip_formats(schema), "components": _strip_formats(spec["components"])}
    return from_schema(document)


@cache
def _applier(vendor: str, seed: int) -> QuirkApplier:
    return QuirkApplier(Quirks.all(seed), load_spec(PACKAGES[vendor]))


@pytest.mark.parametrize(("vendor", "operation_id"), _cases())
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_quirky_bodies_parse_and_keep_every_value(
    vendor: str, operation_id: str, data: st.DataObject
) -> None:
    package = importlib.import_module(PACKAGES[vendor])
    module = _module(vendor, operation_id)
    status = int(module.PRIMARY_STATUS)
    body = data.draw(_strategy(vendor, operation_id, status), label="body")
    seed = data.draw(st.integers(0, 2**16), label="quirks seed")
    method, operation = _operations(load_spec(PACKAGES[vendor]))[operation_id]
    applier = _applier(vendor, seed)
    applier.reset()
    wire = applier.apply(
        operation,
        method,
        Wire(status, [("content-type", "application/json")], json.dumps(body).encode()),
    )
    response = httpx.Response(
        wire.status,
        headers=wire.headers,
        content=wire.content,
        request=httpx.Request(method, "http://127.0.0.1:9/"),
    )
    client = package.Client("http://127.0.0.1:9", strict_responses=False)
    built = module._build_response(client=client, response=response)
    assert 200 <= built.status_code < 300
    assert built.parsed is not None, wire.content[:200]
    assert unreachable(wire.content, built.parsed) == []


def test_the_same_quirky_body_breaks_a_strict_client() -> None:
    """The control: what the tolerant client parses really differs from the spec."""
    package = importlib.import_module("duoplane_client")
    module = _module("duoplane", "get_order")
    method, operation = _operations(load_spec("duoplane_client"))["get_order"]
    body = {"metadata": {"requests_remaining": 39}, "data": {"id": 7, "type": "order"}}
    wire = QuirkApplier(Quirks.all(1), load_spec("duoplane_client")).apply(
        operation, method, Wire(200, [], json.dumps(body).encode())
    )
    assert b"null" in wire.content and b".0" in wire.content
    response = httpx.Response(
        wire.status, content=wire.content, request=httpx.Request(method, "http://127.0.0.1:9/")
    )
    strict = package.Client("http://127.0.0.1:9", strict_responses=True)
    with pytest.raises(package.errors.ResponseValidationError):
        module._build_response(client=strict, response=response)
    tolerant = package.Client("http://127.0.0.1:9", strict_responses=False)
    built = module._build_response(client=tolerant, response=response)
    assert built.spec_mismatches and unreachable(wire.content, built.parsed) == []
