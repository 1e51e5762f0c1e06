"""pytest plugin (entry point `pytest11`): fixtures only, nothing runs until a test asks (generated).

`duda_fake`: a fresh in-process fake Duda per test
(`duda_client.testing.fake_vendor()`); `duda_client_fake`: that
fake's `AuthenticatedClient`, closed after the test. Needs the `[testing]` extra only when used.
"""

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def duda_fake() -> Iterator[Any]:
    """An in-process fake Duda with its demo data, fresh per test."""
    from .testing import fake_vendor  # imported on first use: the plugin costs nothing idle

    with fake_vendor() as fake:
        yield fake


@pytest.fixture
def duda_client_fake(duda_fake: Any) -> Iterator[Any]:
    """The client signed in to `duda_fake` as its first demo tenant."""
    with duda_fake.client() as client:
        yield client
