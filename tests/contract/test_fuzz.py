"""Schemathesis against every mock, over real HTTP: zero failures, zero 429s, with a fixed seed.

Also proves the suite can fail: each deliberately broken mock variant is caught by its check.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from clientgen.testing import demo_credential
from starlette.types import ASGIApp

from contract import broken
from contract.fuzz import VENDORS, coverage_table, run_http

SEED = int(os.environ.get("CLIENTGEN_SEED", "20261123"))
CI_EXAMPLES = int(os.environ.get("CLIENTGEN_FUZZ_EXAMPLES", "5"))


@pytest.mark.parametrize("vendor", VENDORS)
def test_mock_passes_every_check_over_http(vendor: str) -> None:
    result = run_http(vendor, max_examples=CI_EXAMPLES, seed=SEED)
    print(
        f"\nfuzz {vendor}: {result.cases} cases, {result.failures} failures "
        f"({result.cleared} cleared as the fuzzer's own), {result.too_many_requests} 429s, "
        f"{result.seconds:.1f}s (seed {SEED})"
    )
    for verdict in result.verdicts:
        print(f"  triage: {verdict.line()}")
    print(coverage_table([result]))
    assert result.cases > 0, result.output[-3000:]
    assert result.too_many_requests == 0, "the fuzz run must not pass by hitting the rate limit"
    assert result.passed, result.output[-8000:]
    assert not result.never_2xx, f"operations that never reached a 2xx: {result.never_2xx}"


def _ignores_auth(app: ASGIApp) -> ASGIApp:
    credential = demo_credential("duoplane", scheme="basic")
    assert credential.username is not None and credential.password is not None
    return broken.ignores_auth(app, credential.username, credential.password)


BREAKAGES: list[tuple[str, Callable[[ASGIApp], ASGIApp], str, str]] = [
    ("server error", broken.server_error, "not_a_server_error", "fuzzing"),
    ("content type", broken.wrong_content_type, "content_type_conformance", "fuzzing"),
    ("response schema", broken.schema_violation, "response_schema_conformance", "fuzzing"),
    ("status code", broken.undocumented_status, "status_code_conformance", "fuzzing"),
    ("negative data", broken.accepts_invalid_data, "negative_data_rejection", "coverage"),
    ("positive data", broken.rejects_valid_data, "positive_data_acceptance", "examples,fuzzing"),
    ("ignored auth", _ignores_auth, "ignored_auth", "fuzzing"),
    (
        "resource availability",
        broken.loses_created_resources,
        "ensure_resource_availability",
        "stateful",
    ),
]


@pytest.mark.parametrize(
    ("wrap", "check", "phases"),
    [pytest.param(w, c, p, id=name) for name, w, c, p in BREAKAGES],
)
def test_broken_mock_is_caught(wrap: Callable[[ASGIApp], ASGIApp], check: str, phases: str) -> None:
    result = run_http("duoplane", max_examples=3, seed=SEED, wrap=wrap, checks=check, phases=phases)
    assert result.exit_code != 0, f"{check} did not catch the broken mock:\n{result.output[-4000:]}"
    assert result.failures > 0


@pytest.mark.parametrize(
    ("check", "phases"), [pytest.param(c, p, id=name) for name, _w, c, p in BREAKAGES]
)
def test_correct_mock_passes_the_same_check(check: str, phases: str) -> None:
    """The control for test_broken_mock_is_caught: the failure comes from the breakage."""
    result = run_http("duoplane", max_examples=3, seed=SEED, checks=check, phases=phases)
    assert result.exit_code == 0, result.output[-4000:]
