"""The fuzzing and mock-throughput benchmarks run end to end at tiny sizes (no timing asserted)."""

from __future__ import annotations

import pytest
from contract import broken
from contract.fuzz import VENDORS
from contract.node_tools import node_tool

from bench import fuzzing, mockspeed

SEED = 20261123
QUICK = ("examples", "fuzzing")  # coverage alone is hundreds of cases; these two are a handful


def test_both_fuzzing_halves_run_alike_and_find_nothing_in_the_good_mock() -> None:
    asgi = fuzzing.in_process("duoplane", 2, SEED, QUICK)
    http = fuzzing.over_http("duoplane", 2, SEED, QUICK)
    assert asgi.cases > 0 and http.cases > 0
    assert abs(asgi.cases - http.cases) <= 0.25 * max(asgi.cases, http.cases), (asgi, http)
    assert asgi.operations == http.operations and asgi.checks == http.checks
    for result in (asgi, http):
        assert (result.failures, result.errors, result.statuses[429]) == (0, 0, 0), result.found


def test_in_process_fuzzing_reports_what_it_finds() -> None:
    result = fuzzing.in_process("duoplane", 2, SEED, ("fuzzing",), wrap=broken.server_error)
    assert result.failures > 0
    assert any("Server error" in line for line in result.found), result.found


def test_fuzzing_rows_are_well_formed() -> None:
    (row,) = fuzzing.run(1, SEED, vendors=("duel",), phases=QUICK)
    assert row.name.startswith("fuzzing duel:")
    assert row.met, row
    assert row.ours.endswith("0 failures, 0 errors, 0 x 429)") and "cases/s" in row.baseline
    assert row.ratio > 0


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_request_in_the_sequence_succeeds_on_our_mock(vendor: str) -> None:
    sequence = mockspeed.calls(vendor, 12)
    assert sequence == mockspeed.calls(vendor, 12), "the sequence must be the same every run"
    assert {call.method for call in sequence} == {"GET", "POST"}
    result = mockspeed.measure(mockspeed.ours, vendor, sequence, warmup=0)  # raises on non-2xx
    assert result.failed == [] and len(result.latencies) == 12


def test_mock_throughput_against_prism_has_no_error_responses() -> None:
    node_tool("prism")  # skips without Prism (fails under CLIENTGEN_REQUIRE_NODE_TOOLS=1)
    rows = mockspeed.run(12, warmup=6)
    assert [row.name.split(":")[0] for row in rows] == [f"mock throughput {v}" for v in VENDORS]
    for row in rows:
        assert "0 non-2xx" in row.ours and "0 non-2xx" in row.baseline, row
        assert row.ratio > 0
