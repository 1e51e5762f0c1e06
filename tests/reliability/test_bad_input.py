"""Bad input (#5): for every operation of every vendor, the client refuses what its model cannot
represent before sending, naming the field and rule; the mock answers 4xx naming it; nothing
changes. The tally is printed (`nox -s soak` runs with -s).

Neither half has exceptions left. KNOWN_GAPS is where a gap would be pinned, by mechanism with an
exact count, were one ever accepted: a fix or a new field falling into a gap changes a count and
the test demands the entry be updated. Fixes belong in scripts/clientgen (the endpoint and model
templates, runtime/validation.py, runtime/errors.py), never in generated/.
"""

from __future__ import annotations

from collections import Counter

import pytest

from reliability.bad_input import FROM_DICT, RAW, TYPED, VENDORS, Report, gap_class, run

# gap class -> (how many inputs, why, with a reproduction).
KNOWN_GAPS: dict[str, tuple[int, str]] = {
    # None left: every bad input is refused before sending, with an error naming its field and
    # rule. A regression shows up here as a new class with its count and examples.
}


@pytest.fixture(scope="module")
def report() -> Report:
    """One run over all three vendors (about two seconds), shared by the tests below."""
    found = run()
    print("\nbad input:\n" + found.table())
    return found


def test_every_operation_is_tried_or_has_no_inputs(report: Report) -> None:
    assert set(report.operations) == set(VENDORS)
    tried = {(o.case.operation.vendor, o.case.operation.operation_id) for o in report.outcomes}
    for vendor, names in report.operations.items():
        for name in names:
            assert ((vendor, name) in tried) != (name in report.no_inputs[vendor]), (vendor, name)
    assert report.baselines_refused == [], "a valid starting input was refused"


def test_the_mock_refuses_every_bad_input_with_a_4xx_naming_it(report: Report) -> None:
    failures = report.failures(RAW)
    assert not failures, "\n".join(o.line() for o in failures)
    for tally in (t for t in report.tallies if t.route == RAW):
        assert tally.tried == tally.rejected == tally.named_field == tally.state_unchanged > 0


def test_the_client_refuses_bad_input_before_sending_except_known_gaps(report: Report) -> None:
    client = [o for o in report.outcomes if o.route in (FROM_DICT, TYPED)]
    failures = report.failures(FROM_DICT, TYPED)
    found = Counter(gap_class(o) for o in failures)
    expected = Counter({name: count for name, (count, _) in KNOWN_GAPS.items()})
    wrong = []
    for name in sorted(set(found) | set(expected)):
        if found[name] != expected[name]:
            wrong.append(f"{name}: found {found[name]}, KNOWN_GAPS says {expected[name]}")
            wrong += [f"    {o.line()}" for o in failures if gap_class(o) == name][:5]
    assert not wrong, "client gaps differ from KNOWN_GAPS (update or remove):\n" + "\n".join(wrong)
    assert len(failures) < len(client) / 2, "pinning gaps is honest only while they are few"
    for outcome in client:
        if outcome.sent == 0:
            assert outcome.state_unchanged, outcome.line()  # refused locally: nothing changed
