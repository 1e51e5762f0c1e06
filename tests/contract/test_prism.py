"""Independent cross-check: Prism (dynamic mode) invents responses from each resolved spec, and
every generated operation, called through the generated client, must parse what Prism invents.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from clientgen.vendors import VENDORS

from contract.node_tools import node_tool, prism_mock

ROUNDS = 3  # Prism's dynamic data is random: call each operation a few times


@pytest.fixture(params=sorted(VENDORS))
def prism(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    vendor = request.param
    spec = VENDORS[vendor].resolved_spec_path
    with prism_mock(node_tool("prism"), spec, "--dynamic") as base_url:
        yield vendor, base_url


def _operations(package: str) -> Iterator[ModuleType]:
    api = importlib.import_module(f"{package}.api")
    for tag in pkgutil.iter_modules(api.__path__):
        tag_module = importlib.import_module(f"{package}.api.{tag.name}")
        for op in pkgutil.iter_modules(tag_module.__path__):
            yield importlib.import_module(f"{package}.api.{tag.name}.{op.name}")


def _request_example(spec: dict[str, Any], operation_id: str) -> Any:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation["requestBody"]["content"]["application/json"]["example"]
    raise LookupError(operation_id)


def _arguments(module: ModuleType, spec: dict[str, Any]) -> dict[str, Any]:
    """Positional path arguments and a body built from the spec's own request example."""
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.sync_detailed).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            model = parameter.annotation
            model = getattr(module, model) if isinstance(model, str) else model
            arguments[name] = model.from_dict(_request_example(spec, module.OPERATION_ID))
        else:
            annotation = str(parameter.annotation)
            arguments[name] = 1 if "int" in annotation else "abc"
    return arguments


def test_every_operation_parses_what_prism_invents(prism: tuple[str, str]) -> None:
    vendor, base_url = prism
    vendor_info = VENDORS[vendor]
    package = importlib.import_module(vendor_info.package_name)
    spec = json.loads(vendor_info.resolved_spec_path.read_text(encoding="utf-8"))
    client = package.AuthenticatedClient(
        base_url, username="prism-user", password="prism-pass", enable_rate_limit=False
    )
    called = 0
    with client:
        for module in _operations(vendor_info.package_name):
            for _ in range(ROUNDS):
                response = module.sync_detailed(client=client, **_arguments(module, spec))
                assert 200 <= response.status_code < 300, (module.OPERATION_ID, response)
                assert response.parsed is not None, module.OPERATION_ID
                called += 1
    operations = sum(
        1
        for item in spec["paths"].values()
        for key in item
        if key in ("get", "post", "put", "patch")
    )
    assert called == operations * ROUNDS
    print(f"\nprism {vendor}: {called} calls over {operations} operations parsed")
