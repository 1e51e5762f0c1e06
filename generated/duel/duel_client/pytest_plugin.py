"""pytest plugin (entry point `pytest11`): fixtures only, nothing runs until a test asks (generated).

`duel_fake`: a fresh in-process fake Duel per test
(`duel_client.testing.fake_vendor()`); `duel_client_fake`: that
fake's `AuthenticatedClient`, closed after the test. Needs the `[testing]` extra only when used.
"""

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def duel_fake() -> Iterator[Any]:
    """An in-process fake Duel with its demo data, fresh per test."""
    from .testing import fake_vendor  # imported on first use: the plugin costs nothing idle

    with fake_vendor() as fake:
        yield fake


@pytest.fixture
def duel_client_fake(duel_fake: Any) -> Iterator[Any]:
    """The client signed in to `duel_fake` as its first demo tenant."""
    with duel_fake.client() as client:
        yield client
