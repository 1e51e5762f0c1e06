"""Every mutation in the corpus gets exactly its expected classification from the spec diff."""

from __future__ import annotations

import pytest
from clientgen.changes.spec_diff import diff_specs
from clientgen.versioning import Level
from openapi_spec_validator import validate
from unit.changes.corpus import MUTATIONS, Mutation, base_spec, mutated


def test_corpus_is_large_and_covers_every_verdict() -> None:
    verdicts = [m.verdict for m in MUTATIONS]
    assert len(MUTATIONS) >= 30
    assert {"breaking", "non-breaking", "none"} <= set(verdicts)
    assert len({m.name for m in MUTATIONS}) == len(MUTATIONS)


def test_base_spec_is_valid_openapi_31() -> None:
    validate(base_spec())


def test_identical_specs_report_nothing() -> None:
    assert diff_specs(base_spec(), base_spec()) == []


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_mutation_is_classified(mutation: Mutation) -> None:
    old, new = mutated(mutation)
    validate(new)  # a mutation must stay a valid spec, or it tests nothing real
    found = {(c.kind, c.level) for c in diff_specs(old, new)}
    assert found == mutation.expected


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_reverse_mutation_is_classified_too(mutation: Mutation) -> None:
    """Undoing an edit is also a change (or nothing, for a no-op); it never crashes the diff."""
    old, new = mutated(mutation)
    back = diff_specs(new, old)
    assert bool(back) == bool(mutation.expected)
    assert all(isinstance(c.level, Level) and c.detail for c in back)
