"""The tolerant-parsing notes: what they record, and where parsing is strict."""

from __future__ import annotations

import pytest
from clientgen.runtime import mismatch
from clientgen.runtime.errors import ModelValidationError


def test_undeclared_keys_are_noted_with_their_values_kinds() -> None:
    with mismatch.session() as collected:
        mismatch.undeclared("Order", {"id": "o1", "extra": "x", "more": [1]}, frozenset({"id"}))
    assert [str(m) for m in collected.notes] == [
        "Order.extra: additionalProperties (got string)",
        "Order.more: additionalProperties (got array)",
    ]


def test_outside_a_session_notes_are_dropped_unless_strict_is_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(mismatch.STRICT_ENV, raising=False)
    mismatch.absent("Order", "id")
    mismatch.nulls("Order", {"id": None}, frozenset())
    mismatch.undeclared("Order", {"extra": 1}, frozenset())
    monkeypatch.setenv(mismatch.STRICT_ENV, "1")
    with pytest.raises(ModelValidationError, match="id"):
        mismatch.absent("Order", "id")
    with pytest.raises(ModelValidationError, match="extra"):
        mismatch.undeclared("Order", {"extra": 1}, frozenset())
    monkeypatch.delenv(mismatch.STRICT_ENV)
    with mismatch.session(strict=True), pytest.raises(ModelValidationError):
        mismatch.nulls("Order", {"id": None}, frozenset())
