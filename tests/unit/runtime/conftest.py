"""Fixtures for the client runtime tests: a fake clock (redis_url lives in tests/conftest.py)."""

from __future__ import annotations

import pytest
from unit.runtime.runtime_support import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
