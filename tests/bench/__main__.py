"""`python -m bench [--quick]`: run every benchmark, print the table, write bench-results/.

A benchmark that cannot run here (a missing tool) is skipped with a message saying what to
install; one that fails is reported with its traceback. Either way the table shows every row the
others produced, and the exit status is 1 only when one failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable

from shared_paths import REPO_ROOT

from bench import fuzzing, instructions, mockspeed, overhead, ratelimit, regeneration
from bench.common import MissingTool, Row, table, write_json

SEED = "20261123"  # the same fixed seed CI fuzzes with


def run_all(steps: list[tuple[str, Callable[[], list[Row]]]]) -> tuple[list[Row], list[str], bool]:
    """(rows, notes on skipped or failed steps, whether any failed), running every step."""
    rows: list[Row] = []
    notes: list[str] = []
    failed = False
    for label, step in steps:
        print(f"bench: {label} ...", flush=True)
        try:
            rows += step()
        except MissingTool as exc:
            notes.append(f"skipped {label}: {exc}")
        except Exception as exc:
            traceback.print_exc()
            notes.append(f"FAILED {label}: {type(exc).__name__}: {exc}")
            failed = True
    return rows, notes, failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, same measurements")
    args = parser.parse_args(argv)
    n = 120 if args.quick else 240
    calls = 200 if args.quick else 1000
    plot_path = REPO_ROOT / "docs" / "benchmarks-ratelimit.png"
    seed = int(os.environ.get("CLIENTGEN_SEED", SEED))
    steps: list[tuple[str, Callable[[], list[Row]]]] = [
        ("rate limit", lambda: [ratelimit.run(n, plot_path=plot_path)]),
        ("client overhead", lambda: [overhead.small_get(calls), *overhead.page_parse(calls // 4)]),
        ("full list call", lambda: [overhead.full_list_call(calls // 10)]),
        ("parse instructions", lambda: [instructions.page_parse_instructions()]),
        ("regeneration", regeneration.run),
        ("fuzzing", lambda: fuzzing.run(3 if args.quick else 5, seed=seed)),
        ("mock throughput", lambda: mockspeed.run(300 if args.quick else 1000)),
    ]
    rows, notes, failed = run_all(steps)
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    print(table(rows))
    for note in notes:
        print(note)
    print(f"written: {write_json(rows)} and {plot_path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
