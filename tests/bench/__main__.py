"""`python -m bench [--quick]`: run every benchmark, print the table, write bench-results/."""

from __future__ import annotations

import argparse
import os
import sys

from shared_paths import REPO_ROOT

from bench import fuzzing, mockspeed, overhead, ratelimit, regeneration
from bench.common import table, write_json

SEED = "20261123"  # the same fixed seed CI fuzzes with


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, same measurements")
    args = parser.parse_args(argv)
    n = 120 if args.quick else 240
    calls = 200 if args.quick else 1000
    plot_path = REPO_ROOT / "docs" / "benchmarks-ratelimit.png"
    rows = [ratelimit.run(n, plot_path=plot_path)]
    rows += [overhead.small_get(calls), *overhead.page_parse(calls // 4)]
    rows += [overhead.full_list_call(calls // 10)]
    rows += regeneration.run()
    rows += fuzzing.run(3 if args.quick else 5, seed=int(os.environ.get("CLIENTGEN_SEED", SEED)))
    rows += mockspeed.run(300 if args.quick else 1000)
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    print(table(rows))
    print(f"written: {write_json(rows)} and {plot_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
