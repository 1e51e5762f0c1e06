"""Fuzzing throughput: schemathesis cases per second per vendor, in-process and over HTTP.

Both halves run schemathesis's engine in this process with one configuration built the way
`contract.fuzz.run_http` builds its CLI call (every check, every generation mode, the phases in
`contract.fuzz.PHASES` including stateful, the same seed and max-examples, Duda's site_name fixed,
the demo Basic credential) against a fresh mock from the same `MockConfig`. Only the transport
differs: the app called in-process through schemathesis's ASGI transport, or served by `MockServer`
on 127.0.0.1. The engine is called directly rather than through `run_http` because run_http's
seconds include starting the `st` process and loading the schema, which would swamp the per-case
cost at benchmark sizes. Cases are counted the way the CLI counts "N generated". The Hypothesis
example database is off in both halves so the second run cannot replay the first one's examples.

The halves run the same operations and checks (checked) but not always the identical cases:
schemathesis probes only a networked server, uvicorn rejects a few malformed requests the app would
otherwise answer, and later generation reacts to responses. Counts differ by a few percent; each
half's rate is its own cases over its own run time.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from clientgen.testing import MockConfig, create_app
from clientgen.testing.server import MockServer
from contract.fuzz import (
    FIXED_PARAMETERS,
    PHASES,
    TIME_SCALE,
    VENDORS,
    StatusCounter,
    basic_auth,
)
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import RUN_CHECKS_LABEL
from schemathesis.engine import StopReason, events, from_schema
from schemathesis.engine.statistic import Statistic
from schemathesis.generation import GenerationMode
from schemathesis.schemas import BaseSchema
from starlette.types import ASGIApp

from bench.common import Row, rate_row

# Rate limits stay on at contract.fuzz's TIME_SCALE; each row counts 429s to prove it never binds.
# In-process requests never touch this address (the ASGI transport calls the app), but
# schemathesis's capability probes always go over the network: a closed loopback port keeps them on
# this machine (and skipped) instead of resolving "testserver" or the spec's real vendor host.
ASGI_BASE_URL = "http://127.0.0.1:9"


@dataclass
class FuzzRun:
    """What one schemathesis run did and found."""

    cases: int = 0
    failures: int = 0
    errors: int = 0
    seconds: float = 0.0
    operations: set[str] = field(default_factory=set)
    checks: set[str] = field(default_factory=set)
    found: list[str] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)

    @property
    def per_second(self) -> float:
        return self.cases / self.seconds

    def describe(self) -> str:
        return (
            f"{self.per_second:.0f} cases/s ({self.cases} cases in {self.seconds:.1f} s, "
            f"{self.failures} failures, {self.errors} errors, {self.statuses[429]} x 429)"
        )


def fuzz_config(
    vendor: str, *, max_examples: int, seed: int, base_url: str, phases: Sequence[str]
) -> SchemathesisConfig:
    """The options `contract.fuzz.run_http` passes `st run`, as a Python config."""
    config = SchemathesisConfig.from_dict({"parameters": FIXED_PARAMETERS.get(vendor, {})})
    config.update(seed=seed, max_failures=None)
    project = config.projects.override
    project.update(base_url=base_url, basic_auth=basic_auth(vendor))
    project.phases.update(phases=list(phases))
    project.checks.update(included_check_names=["all"])
    project.generation.update(modes=list(GenerationMode), max_examples=max_examples)
    project.generation.update(database="none")
    return config


def execute(schema: BaseSchema, counter: StatusCounter) -> FuzzRun:
    """Run the engine to the end; time only the run, not loading the schema."""
    result, statistic = FuzzRun(), Statistic()
    started = time.monotonic()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
            statistic.on_scenario_finished(event.recorder)
            for results in event.recorder.checks.values():
                result.checks.update(check.name for check in results)
        elif isinstance(event, events.NonFatalError):
            result.errors += 1
            result.found.append(f"error {event.label}: {event.info.title}")
        elif isinstance(event, events.FatalError):
            raise event.exception
        elif isinstance(event, events.EngineFinished):
            if event.stop_reason is not StopReason.COMPLETED:
                raise RuntimeError(f"schemathesis stopped early: {event.stop_reason}")
            if event.failures:  # checks judged over the whole run, as the CLI counts them
                statistic.record_run_check_failures(event.failures, label=RUN_CHECKS_LABEL)
    result.seconds = time.monotonic() - started
    result.cases = statistic.total_cases
    result.failures = statistic.total_failures
    result.operations = set(statistic.tested_operations)
    result.statuses = counter.statuses
    for label, groups in statistic.failures.items():
        result.found += [f"{label}: {f.title}" for g in groups.values() for f in g.failures]
    return result


Wrap = Callable[[ASGIApp], ASGIApp] | None


def _mock(vendor: str, wrap: Wrap) -> StatusCounter:
    """A fresh mock per half, so both start from the same demo data and empty buckets."""
    app: Any = create_app(vendor, config=MockConfig(time_scale=TIME_SCALE))
    return StatusCounter(wrap(app) if wrap else app)


@contextmanager
def _quiet_uvicorn() -> Iterator[None]:
    """Coverage-phase requests uvicorn rejects as invalid HTTP log a warning each; hush them."""
    logger = logging.getLogger("uvicorn.error")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def in_process(
    vendor: str, max_examples: int, seed: int, phases: Sequence[str] = PHASES, wrap: Wrap = None
) -> FuzzRun:
    counter = _mock(vendor, wrap)
    config = fuzz_config(
        vendor, max_examples=max_examples, seed=seed, base_url=ASGI_BASE_URL, phases=phases
    )
    schema = schemathesis.openapi.from_asgi("/openapi.json", counter, config=config)
    return execute(schema, counter)


def over_http(
    vendor: str, max_examples: int, seed: int, phases: Sequence[str] = PHASES, wrap: Wrap = None
) -> FuzzRun:
    counter = _mock(vendor, wrap)
    with MockServer(counter) as server, _quiet_uvicorn():  # after uvicorn sets its levels
        config = fuzz_config(
            vendor, max_examples=max_examples, seed=seed, base_url=server.base_url, phases=phases
        )
        schema = schemathesis.openapi.from_url(f"{server.base_url}/openapi.json", config=config)
        return execute(schema, counter)


def run(
    max_examples: int,
    seed: int,
    *,
    vendors: Sequence[str] = VENDORS,
    phases: Sequence[str] = PHASES,
) -> list[Row]:
    """One row per vendor: in-process cases/s (ours) against over-HTTP cases/s (baseline)."""
    rows = []
    for vendor in vendors:
        asgi = in_process(vendor, max_examples, seed, phases)
        http = over_http(vendor, max_examples, seed, phases)
        differ = (asgi.operations ^ http.operations) | (asgi.checks ^ http.checks)
        if differ:
            raise RuntimeError(f"{vendor}: ran by one half only: {sorted(differ)}")
        for label, found in (("in-process", asgi.found), ("over HTTP", http.found)):
            for line in found:
                print(f"fuzzing {vendor} {label}: {line}")
        name = (
            f"fuzzing {vendor}: schemathesis cases/s, in-process ASGI vs over HTTP "
            f"({len(asgi.operations)} operations, {','.join(phases)}, "
            f"max-examples {max_examples}, seed {seed})"
        )
        clean = all(r.failures == r.errors == r.statuses[429] == 0 for r in (asgi, http))
        rows.append(rate_row(name, asgi, http, "reported; 0 failures, 0 errors, 0 x 429", clean))
    return rows
