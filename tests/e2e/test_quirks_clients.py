"""Every client, every read the seeded data answers plus a create, against the plain and the
realistic-vendor mock over loopback HTTP (`mock_quirks`: its teardown checks that each body was
parsed with every value reachable and that nothing raised).

The e2e and exactly-once suites drive Duel and Duoplane; this adds Duda, and reads of all three.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from clientgen.testing import MockConfig, Quirks, create_app
from clientgen.testing.server import MockServer
from e2e.test_models_roundtrip_mock_data import PACKAGES, _client, _reads
from mocks_tests.conftest import CASES

CREATES = {  # operation module, path arguments, body model
    "duel": ("duel_client.api.orders.create_order", {}, "OrderCreate"),
    "duoplane": ("duoplane_client.api.orders.create_order", {}, "OrderCreate"),
    "duda": ("duda_client.api.orders.create_order", {"site_name": "demo-site"}, "OrderCreate"),
}
BODIES = {
    "duel": {"order": "quirk-1", **CASES["duel"].write_body},
    "duoplane": CASES["duoplane"].write_body,
    "duda": CASES["duda"].write_body,
}


@pytest.mark.parametrize("vendor", sorted(PACKAGES))
def test_reads_and_a_create_parse(vendor: str, mock_quirks: Quirks) -> None:
    app = create_app(vendor, config=MockConfig(rate_limit=False, quirks=mock_quirks))
    models = importlib.import_module(f"{PACKAGES[vendor]}.models")
    module_name, arguments, model = CREATES[vendor]
    create: Any = importlib.import_module(module_name)
    with MockServer(app) as server:
        client = _client(vendor, server.base_url)
        body = getattr(models, model).from_dict(BODIES[vendor])
        created = create.sync_detailed(client=client, body=body, **arguments)
        assert 200 <= created.status_code < 300 and created.parsed is not None
        reads = 0
        for operation_id, module, read_arguments in _reads(vendor):
            response = module.sync_detailed(client=client, **read_arguments)
            assert 200 <= response.status_code < 300, operation_id
            assert response.parsed is not None, operation_id
            reads += 1
    assert reads >= 1  # Duda: only list_orders needs no id
