"""`python -m clientgen generate|check|inferred [VENDOR...]`: the pipeline's command line."""

from __future__ import annotations

import argparse
import sys
import time

from .drift import check_vendor
from .errors import PipelineError
from .generate import generate
from .resolve import resolve
from .runtime.inferred import inferred_constraints
from .stamp import STAMP_NAME, is_fresh
from .vendors import VENDORS, get_vendor


def _vendors(names: list[str]) -> list[str]:
    return names or list(VENDORS)


def cmd_generate(names: list[str], force: bool) -> int:
    for name in _vendors(names):
        vendor = get_vendor(name)
        started = time.perf_counter()
        if not force and is_fresh(vendor):
            print(f"{name}: up to date (inputs unchanged, {STAMP_NAME} matches)")
            continue
        generate(vendor)
        print(f"{name}: generated {vendor.output_dir} in {time.perf_counter() - started:.2f}s")
    return 0


def cmd_check(names: list[str]) -> int:
    failed = False
    for name in _vendors(names):
        vendor = get_vendor(name)
        drift = check_vendor(vendor)
        if drift:
            failed = True
            print(f"{name}: generated/{name} is out of date with specs, overlays or templates:")
            print("\n".join(drift.describe(f"generated/{name}")))
        else:
            print(f"{name}: generated/{name} matches a fresh generation")
    if failed:
        print("run `nox -s generate` and commit the result", file=sys.stderr)
    return 1 if failed else 0


def cmd_inferred(names: list[str], show: bool) -> int:
    """Count (and with --list, name) the constraints each spec marks as inferred."""
    for name in _vendors(names):
        marks = inferred_constraints(resolve(get_vendor(name)))
        kinds: dict[str, int] = {}
        for _pointer, keyword, _reason in marks:
            kind = keyword.split(":")[0]
            kinds[kind] = kinds.get(kind, 0) + 1
        summary = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
        print(f"{name}: {len(marks)} inferred ({summary or 'none'})")
        if show:
            for pointer, keyword, reason in marks:
                print(f"  {pointer} [{keyword}]: {reason}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clientgen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate packages under generated/")
    gen.add_argument("vendors", nargs="*", metavar="VENDOR")
    gen.add_argument("--force", action="store_true", help="regenerate even if inputs are unchanged")
    chk = sub.add_parser("check", help="fail, naming files, if generated/ is stale")
    chk.add_argument("vendors", nargs="*", metavar="VENDOR")
    inf = sub.add_parser("inferred", help="count the constraints each spec marks as inferred")
    inf.add_argument("vendors", nargs="*", metavar="VENDOR")
    inf.add_argument("--list", action="store_true", help="name each one and its reason")
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            return cmd_generate(args.vendors, args.force)
        if args.command == "inferred":
            return cmd_inferred(args.vendors, args.list)
        return cmd_check(args.vendors)
    except (PipelineError, ValueError, OSError) as exc:
        print(f"clientgen: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
