"""`python -m clientgen.conformance VENDOR --base-url URL`: diff a live API against the spec.

Credentials come from the environment: `<VENDOR>_TOKEN` (bearer), or `<VENDOR>_USERNAME` and
`<VENDOR>_PASSWORD` (Basic), e.g. DUOPLANE_USERNAME/DUOPLANE_PASSWORD, DUEL_TOKEN,
DUDA_USERNAME/DUDA_PASSWORD. Read-only unless --allow-writes (then writes with an example body in
the spec are sent too). Path ids come from list answers or `--param name=value`. Prints a table,
writes JUnit XML, and exits 1 on any difference from the spec, 2 on bad arguments. Each
difference says its basis: `stated` (the vendor broke what its documents say) or `inferred` (it
broke only a constraint the spec marks `x-inferred`: our reading was wrong, fix the spec).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..vendors import VENDORS
from .probe import probe
from .report import junit, table


def _params(items: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"--param: {item!r} must be name=value")
        params[name] = value
    return params


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clientgen.conformance", description=__doc__)
    parser.add_argument("vendor", choices=sorted(VENDORS))
    parser.add_argument("--base-url", required=True, help="the API root, as the client takes it")
    parser.add_argument("--param", action="append", default=[], help="a path value: name=value")
    parser.add_argument("--allow-writes", action="store_true", help="also send example writes")
    parser.add_argument("--junit", type=Path, default=Path("conformance-report/junit.xml"))
    parser.add_argument(
        "--time-scale", type=float, default=1.0, help="for mocks running vendor time faster"
    )
    args = parser.parse_args(argv)
    try:
        params = _params(args.param)
        report = probe(
            args.vendor,
            args.base_url,
            environ=os.environ if environ is None else environ,
            params=params,
            allow_writes=args.allow_writes,
            time_scale=args.time_scale,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(table(report))
    junit(report, args.junit)
    print(f"JUnit report: {args.junit}")
    return 1 if report.differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
