"""Every model the clients parse from the mocks' seeded data round-trips.

from_dict builds instances without calling attrs's __init__ (for speed), so each one parsed here
must equal the instance __init__ builds from the same fields (`attrs.evolve`), and
`from_dict(to_dict())` must give it back. Covers all three vendors, Duel included (its docs have
no JSON examples for test_model_roundtrip to use).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from clientgen.testing import MockConfig, create_app, demo_credential
from clientgen.testing.server import MockServer
from unit.test_model_roundtrip import built_by_init

PACKAGES = {"duel": "duel_client", "duoplane": "duoplane_client", "duda": "duda_client"}
PATH_VALUES = {"site_name": "demo-site"}  # Duda's tenant


def _client(vendor: str, base_url: str) -> Any:
    package = importlib.import_module(PACKAGES[vendor])
    credential = demo_credential(vendor, scheme="basic")
    return package.AuthenticatedClient(
        base_url, username=credential.username, password=credential.password
    )


def _reads(vendor: str) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """(operation id, module, arguments) for each GET the seeded data can answer unprompted."""
    api = importlib.import_module(f"{PACKAGES[vendor]}.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if not hasattr(module, "OPERATION_ID") or '"method": "get"' not in inspect.getsource(
            module._get_kwargs
        ):
            continue
        params = inspect.signature(module.sync_detailed).parameters
        required = [
            name
            for name, p in params.items()
            if p.default is inspect.Parameter.empty and name != "client"
        ]
        if all(name in PATH_VALUES for name in required):
            yield module.OPERATION_ID, module, {name: PATH_VALUES[name] for name in required}


def _models(value: object) -> Iterator[Any]:
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _models(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from _models(item)


@pytest.mark.parametrize("vendor", sorted(PACKAGES))
def test_every_parsed_model_equals_what_init_builds_and_round_trips(vendor: str) -> None:
    app = create_app(vendor, config=MockConfig(rate_limit=False))
    checked: dict[str, int] = {}
    with MockServer(app) as server:
        client = _client(vendor, server.base_url)
        for operation_id, module, arguments in _reads(vendor):
            parsed = module.sync_detailed(client=client, **arguments).parsed
            for model in _models(parsed):
                assert built_by_init(model) == model, (operation_id, type(model).__name__)
                again = type(model).from_dict(model.to_dict())
                assert again == model, (operation_id, type(model).__name__)
                checked[type(model).__name__] = checked.get(type(model).__name__, 0) + 1
    print(f"\n{vendor}: {sum(checked.values())} models of {len(checked)} classes round-tripped")
    assert len(checked) >= 3, checked  # the reads really returned nested models
