"""`python -m clientgen generate|check|diff|inferred|vocabulary`: the pipeline's command line."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from .changes.model import Report
from .changes.report import headline, table, write_reports
from .drift import check_vendor
from .errors import PipelineError
from .generate import generate, generate_into
from .lock import LOCK_NAME, is_fresh
from .release import check_release, extract
from .resolve import resolve
from .runtime.inferred import inferred_constraints
from .vendors import REPO_ROOT, VENDORS, get_vendor
from .vocabulary_doc import DOC_PATH, render, stale


def _vendors(names: list[str]) -> list[str]:
    return names or list(VENDORS)


def _print_report(report: Report) -> None:
    print(f"  {headline(report)}")
    for line in table(report):
        print(line)


def cmd_generate(names: list[str], force: bool) -> int:
    for name in _vendors(names):
        vendor = get_vendor(name)
        started = time.perf_counter()
        if not force and is_fresh(vendor):
            print(f"{name}: up to date (inputs unchanged, {LOCK_NAME} matches)")
            continue
        report = generate(vendor)
        print(f"{name}: generated {vendor.output_dir} in {time.perf_counter() - started:.2f}s")
        _print_report(report)
        md, _ = write_reports(report, REPO_ROOT)
        print(f"  report: {md.relative_to(REPO_ROOT)} (and .json)")
    return 0


def cmd_check(names: list[str], base: str | None) -> int:
    failed = False
    for name in _vendors(names):
        vendor = get_vendor(name)
        drift = check_vendor(vendor)
        if drift:
            failed = True
            print(f"{name}: generated/{name} is out of date with specs, overlays or templates:")
            print("\n".join(drift.describe(f"generated/{name}")))
            print(f"  run `nox -s generate -- {name}` and commit the result")
            if drift.report.changes:
                print(f"  a regeneration would write {drift.report.new_version}:")
                _print_report(drift.report)
        else:
            print(f"{name}: generated/{name} matches a fresh generation")
        with tempfile.TemporaryDirectory(prefix="clientgen-release-") as tmp:
            release = check_release(vendor, base, Path(tmp))
        if release.report is None:
            print(f"{name}: no previous version to compare with (base: {release.base})")
        elif release.problems:
            failed = True
            print(f"{name}: release check against {release.base} FAILED:")
            print("\n".join(f"  {p}" for p in release.problems))
        else:
            print(f"{name}: release check against {release.base}: {headline(release.report)}")
    if stale(REPO_ROOT):
        failed = True
        print(f"{DOC_PATH}: its tables differ from runtime/vocabulary.py")
        print("  run `python -m clientgen vocabulary --write` and commit the result")
    else:
        print(f"{DOC_PATH}: tables match runtime/vocabulary.py")
    if failed:
        print("generated/ is not what the pipeline would commit (see above)", file=sys.stderr)
    return 1 if failed else 0


def cmd_vocabulary(write: bool) -> int:
    """Render the `x-clientgen-*` tables of the docs from the one vocabulary definition."""
    path = REPO_ROOT / DOC_PATH
    text = path.read_text(encoding="utf-8")
    rendered = render(text)
    if rendered == text:
        print(f"{DOC_PATH}: up to date")
        return 0
    if write:
        path.write_text(rendered, encoding="utf-8")
        print(f"{DOC_PATH}: tables rewritten from runtime/vocabulary.py")
        return 0
    print(f"{DOC_PATH}: stale (run with --write)")
    return 1


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


def cmd_diff(names: list[str], base: str | None) -> int:
    """What a regeneration from the current inputs changes, against the committed package or the
    package at `base`; nothing under generated/ is touched."""
    for name in _vendors(names):
        vendor = get_vendor(name)
        with tempfile.TemporaryDirectory(prefix="clientgen-diff-") as tmp:
            old = extract(vendor, base, Path(tmp) / "base") if base else vendor.output_dir
            if old is None:
                print(f"{name}: no package at {base}")
                continue
            report = generate_into(vendor, Path(tmp) / "fresh", previous=old)
        print(f"{name}: against {base or 'the committed package'}")
        _print_report(report)
        md, _ = write_reports(report, REPO_ROOT)
        print(f"  report: {md.relative_to(REPO_ROOT)} (and .json)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clientgen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate packages under generated/")
    gen.add_argument("vendors", nargs="*", metavar="VENDOR")
    gen.add_argument("--force", action="store_true", help="regenerate even if inputs are unchanged")
    chk = sub.add_parser("check", help="fail if generated/ is stale or its version/changelog wrong")
    chk.add_argument("vendors", nargs="*", metavar="VENDOR")
    chk.add_argument(
        "--base",
        help="git revision to check the release against (default: the "
        "last commit of the previous version)",
    )
    dif = sub.add_parser("diff", help="report what a regeneration would change")
    dif.add_argument("vendors", nargs="*", metavar="VENDOR")
    dif.add_argument("--base", help="git revision whose package to compare with")
    inf = sub.add_parser("inferred", help="count the constraints each spec marks as inferred")
    inf.add_argument("vendors", nargs="*", metavar="VENDOR")
    inf.add_argument("--list", action="store_true", help="name each one and its reason")
    voc = sub.add_parser("vocabulary", help="render docs/policy-extensions.md's tables")
    voc.add_argument("--write", action="store_true", help="rewrite the page (default: check)")
    args = parser.parse_args(argv)
    try:
        if args.command == "vocabulary":
            return cmd_vocabulary(args.write)
        if args.command == "generate":
            return cmd_generate(args.vendors, args.force)
        if args.command == "inferred":
            return cmd_inferred(args.vendors, args.list)
        if args.command == "diff":
            return cmd_diff(args.vendors, args.base)
        return cmd_check(args.vendors, args.base)
    except (PipelineError, ValueError, OSError) as exc:
        print(f"clientgen: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
