"""Run schemathesis against a mock over real HTTP on loopback, counting what it saw.

`python -m contract.fuzz [VENDOR...] --max-examples N --seed S` (PYTHONPATH=tests:scripts) prints
one row per operation with the statuses it reached, then one row per vendor: cases generated,
failures, 429s the mock answered, seconds. It fails if any operation never reached a 2xx (the
fuzzer never got to what the operation does). `nox -s fuzz` runs it with a large budget and a JUnit
report; the CI test runs it with a small one and a fixed seed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientgen.runtime.operations import HTTP_METHODS
from clientgen.testing import MockConfig, create_app, demo_credential
from clientgen.testing.app import MockApp
from clientgen.testing.server import MockServer
from clientgen.testing.validation import Route, SpecValidator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contract.triage import Verdict, triage

VENDORS = ("duel", "duoplane", "duda")
# Rate limits stay on (they are part of the contract); vendor time runs 1000x faster so a fuzzer
# sending several hundred requests a second never empties a bucket (Duoplane's leaks 2/s, so
# 2,000/s here). 429s are counted and must be 0.
TIME_SCALE = 1000.0
CASES = re.compile(r"(\d+) generated")
# The phases a fuzz run uses; bench.fuzzing runs the same set in-process and over HTTP.
PHASES = ("examples", "coverage", "fuzzing", "stateful")


class StatusCounter:
    """ASGI middleware counting response statuses, in all and per operation.

    The totals prove a run saw no 429; the per-operation counts show which statuses each
    operation reached (`coverage`), so a run can fail when an operation never reached a 2xx.
    """

    def __init__(self, app: ASGIApp, validator: SpecValidator | None = None) -> None:
        self.app = app
        self.validator = validator
        self.statuses: Counter[int] = Counter()
        self.coverage: dict[str, Counter[int]] = (
            {operation_id: Counter() for operation_id in operation_ids(validator.spec)}
            if validator is not None
            else {}
        )

    def _operation(self, scope: Scope) -> str | None:
        if self.validator is None:
            return None
        found = self.validator.route(str(scope["method"]), MockApp.raw_path(scope))
        return found.operation_id if isinstance(found, Route) else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        operation = self._operation(scope) if scope["type"] == "http" else None

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status = int(message["status"])
                self.statuses[status] += 1
                if operation is not None:
                    self.coverage.setdefault(operation, Counter())[status] += 1
            await send(message)

        await self.app(scope, receive, counting_send)


def operation_ids(spec: Mapping[str, Any]) -> list[str]:
    """Every operationId of `spec`, in path order."""
    return [
        str(operation["operationId"])
        for item in (spec.get("paths") or {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, Mapping)
    ]


@dataclass
class FuzzResult:
    """What one schemathesis run found."""

    vendor: str
    exit_code: int
    cases: int
    seconds: float
    statuses: Counter[int] = field(default_factory=Counter)
    output: str = ""
    verdicts: list[Verdict] = field(default_factory=list)  # contract.triage on ST201 failures
    coverage: dict[str, Counter[int]] = field(default_factory=dict)  # statuses per operation

    @property
    def never_2xx(self) -> list[str]:
        """Operations the run never saw succeed: it did not reach what they do."""
        return [op for op, seen in self.coverage.items() if not any(200 <= s < 300 for s in seen)]

    @property
    def cleared(self) -> int:
        """Failures shown to be the fuzzer's: the request, as sent, conforms to the spec."""
        return sum(1 for verdict in self.verdicts if verdict.fuzzer_false_positive)

    @property
    def passed(self) -> bool:
        """Exit 0, or every failure cleared by contract.triage (each still printed)."""
        return self.exit_code == 0 or (self.failures > 0 and self.cleared == self.failures)

    @property
    def failures(self) -> int:
        found = re.search(r"(\d+) unique failures?", self.output)
        return int(found.group(1)) if found else (0 if self.exit_code == 0 else -1)

    @property
    def too_many_requests(self) -> int:
        return self.statuses[429]


def schemathesis_cli() -> str:
    found = shutil.which("st") or shutil.which("schemathesis")
    if found is None:
        candidate = Path(sys.executable).with_name("st")
        if not candidate.exists():
            raise RuntimeError("schemathesis CLI (st) not found beside the Python interpreter")
        found = str(candidate)
    return found


# Path values that must name the credential's own tenant for calls to reach real data.
FIXED_PARAMETERS = {"duda": {"path.site_name": "demo-site"}}


def basic_auth(vendor: str) -> tuple[str, str]:
    """The demo tenant's Basic credential the fuzzer sends (Duda's site_name is its tenant)."""
    credential = demo_credential(vendor, scheme="basic")
    return credential.username, credential.password


def auth_args(vendor: str) -> list[str]:
    return ["--auth", ":".join(basic_auth(vendor))]


def config_file(vendor: str, directory: Path) -> Path:
    """A schemathesis.toml pinning FIXED_PARAMETERS (the CLI has no flag for them)."""
    lines = ["[parameters]"]
    lines += [f'"{k}" = "{v}"' for k, v in FIXED_PARAMETERS.get(vendor, {}).items()]
    path = directory / f"schemathesis-{vendor}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_http(
    vendor: str,
    *,
    max_examples: int,
    seed: int,
    report_dir: Path | None = None,
    wrap: Callable[[ASGIApp], ASGIApp] | None = None,
    checks: str = "all",
    phases: str = ",".join(PHASES),
    extra: Sequence[str] = (),
) -> FuzzResult:
    """Fuzz one vendor's mock (optionally wrapped, e.g. deliberately broken) over HTTP."""
    app: Any = create_app(vendor, config=MockConfig(time_scale=TIME_SCALE))
    counter = StatusCounter(wrap(app) if wrap else app, app.state.mock.validator)
    scratch = Path(tempfile.mkdtemp(prefix="clientgen-fuzz-"))
    command = [
        schemathesis_cli(),
        "--config-file",
        str(config_file(vendor, scratch)),
        "run",
        "--checks",
        checks,
        "--mode",
        "all",
        "--phases",
        phases,
        "--seed",
        str(seed),
        "--max-examples",
        str(max_examples),
        "--no-color",
        *auth_args(vendor),
        *extra,
    ]
    # Always a JUnit report (in the scratch dir unless asked for): contract.triage reads it.
    reports = report_dir if report_dir is not None else scratch / "reports"
    command += ["--report", "junit", "--report-dir", str(reports / vendor)]
    started = time.monotonic()
    with MockServer(counter) as server:
        result = subprocess.run(
            # --url: the mock serves the spec's paths at its root, whatever the vendor's base path.
            [*command, "--url", server.base_url, f"{server.base_url}/openapi.json"],
            capture_output=True,
            text=True,
            check=False,
            timeout=1800,
        )
    output = result.stdout + result.stderr
    cases = CASES.search(output)
    found = FuzzResult(
        vendor=vendor,
        exit_code=result.returncode,
        cases=int(cases.group(1)) if cases else 0,
        seconds=time.monotonic() - started,
        statuses=counter.statuses,
        output=output,
        verdicts=triage(vendor, reports) if result.returncode != 0 else [],
        coverage=counter.coverage,
    )
    shutil.rmtree(scratch, ignore_errors=True)
    return found


def table(results: Sequence[FuzzResult]) -> str:
    """One row per vendor; `cleared` counts failures contract.triage shows to be the fuzzer's."""
    rows = [f"{'vendor':<10}{'cases':>8}{'failures':>10}{'cleared':>9}{'429s':>6}{'seconds':>9}"]
    rows += [
        f"{r.vendor:<10}{r.cases:>8}{r.failures:>10}{r.cleared:>9}{r.too_many_requests:>6}"
        f"{r.seconds:>9.1f}"
        for r in results
    ]
    return "\n".join(rows)


def coverage_table(results: Sequence[FuzzResult]) -> str:
    """One row per operation: the statuses it reached (count each); 2xx marks a success."""
    rows = [f"{'vendor':<10}{'operation':<28}{'2xx':<5}statuses reached"]
    for result in results:
        for operation, seen in result.coverage.items():
            reached = " ".join(f"{status}x{n}" for status, n in sorted(seen.items())) or "-"
            ok = "no" if operation in result.never_2xx else "yes"
            rows.append(f"{result.vendor:<10}{operation:<28}{ok:<5}{reached}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contract.fuzz", description=__doc__)
    parser.add_argument("vendors", nargs="*", metavar="VENDOR", help=f"any of {VENDORS}")
    parser.add_argument("--max-examples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--report-dir", type=Path, default=Path("fuzz-report"))
    args = parser.parse_args(argv)
    unknown = sorted(set(args.vendors) - set(VENDORS))
    if unknown:
        parser.error(f"unknown vendor(s) {unknown}; choose from {VENDORS}")
    results = []
    for vendor in args.vendors or VENDORS:
        result = run_http(
            vendor, max_examples=args.max_examples, seed=args.seed, report_dir=args.report_dir
        )
        if not result.passed or result.too_many_requests:
            print(result.output[-8000:])
        for verdict in result.verdicts:
            print(f"triage {vendor}: {verdict.line()}")
        results.append(result)
    print(coverage_table(results))
    print(table(results))
    for result in results:
        if result.never_2xx:
            print(f"{result.vendor}: never reached a 2xx: {', '.join(result.never_2xx)}")
    failed = any(not r.passed or r.too_many_requests or r.never_2xx for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
