"""pytest plugin (entry point `pytest11`): fixtures only, nothing runs until a test asks.

`duel_fake`, `duoplane_fake`, `duda_fake`: a fresh `Fake` per test (see `fake.fake_vendor`);
`duel_client_fake`, ...: that fake's `AuthenticatedClient`, closed after the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ..vendors import VENDORS


def _fake_fixture(vendor: str) -> Callable[[], Iterator[Any]]:
    def fixture() -> Iterator[Any]:
        from .fake import fake_vendor  # imported on first use: the plugin costs nothing idle

        with fake_vendor(vendor) as fake:
            yield fake

    fixture.__doc__ = f"An in-process fake {vendor} vendor with its demo data, fresh per test."
    return fixture


def _client_fixture(vendor: str) -> Callable[..., Iterator[Any]]:
    def fixture(request: pytest.FixtureRequest) -> Iterator[Any]:
        fake = request.getfixturevalue(f"{vendor}_fake")
        with fake.client() as client:
            yield client

    fixture.__doc__ = f"The {vendor} client signed in to `{vendor}_fake` as its first demo tenant."
    return fixture


for _vendor in VENDORS:
    globals()[f"{_vendor}_fake"] = pytest.fixture(name=f"{_vendor}_fake")(_fake_fixture(_vendor))
    globals()[f"{_vendor}_client_fake"] = pytest.fixture(name=f"{_vendor}_client_fake")(
        _client_fixture(_vendor)
    )
