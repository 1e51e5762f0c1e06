"""Command line: `python -m clientgen.overlay apply INPUT OVERLAY [OVERLAY...] [-o OUT]`."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

from .apply import apply_overlays
from .errors import OverlayError, OverlayWarning
from .loader import load_overlay, read_data
from .writer import render


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (separate so tests and --help share it)."""
    parser = argparse.ArgumentParser(
        prog="python -m clientgen.overlay", description="Apply OpenAPI Overlays to a document."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    apply = commands.add_parser("apply", help="apply overlays in order and write the result")
    apply.add_argument("input", type=Path, help="OpenAPI document (YAML or JSON)")
    apply.add_argument("overlays", type=Path, nargs="+", metavar="overlay", help="overlay files")
    apply.add_argument(
        "-o",
        "--output",
        type=Path,
        help="output file: .json writes JSON, else YAML (default stdout)",
    )
    apply.add_argument(
        "--strict", action="store_true", help="fail when an action's target matches nothing"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; 0 on success, 1 on an overlay or input error (message on stderr)."""
    args = build_parser().parse_args(argv)
    try:
        document = read_data(args.input)
        if not isinstance(document, Mapping):
            raise OverlayError(f"{args.input}: the input document must be a mapping at the root")
        overlays = [load_overlay(path) for path in args.overlays]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", OverlayWarning)
            result = apply_overlays(document, overlays, strict=args.strict)
        text = render(result, args.output)
    except OverlayError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0
