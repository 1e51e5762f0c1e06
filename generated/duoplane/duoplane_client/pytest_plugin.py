"""pytest plugin (entry point `pytest11`): fixtures only, nothing runs until a test asks (generated).

`duoplane_fake`: a fresh in-process fake Duoplane per test
(`duoplane_client.testing.fake_vendor()`); `duoplane_client_fake`: that
fake's `AuthenticatedClient`, closed after the test. Needs the `[testing]` extra only when used.
"""

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def duoplane_fake() -> Iterator[Any]:
    """An in-process fake Duoplane with its demo data, fresh per test."""
    from .testing import fake_vendor  # imported on first use: the plugin costs nothing idle

    with fake_vendor() as fake:
        yield fake


@pytest.fixture
def duoplane_client_fake(duoplane_fake: Any) -> Iterator[Any]:
    """The client signed in to `duoplane_fake` as its first demo tenant."""
    with duoplane_fake.client() as client:
        yield client
