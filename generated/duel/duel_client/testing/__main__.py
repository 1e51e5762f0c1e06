"""`python -m clientgen.testing duoplane --port 8080`: a mock for a person to develop against.

Binds to loopback unless told otherwise, and prints the base URL and the demo credentials. When the
spec it serves changes on disk (e.g. after `nox -s generate`), the next request reloads it.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from .app import create_app
from .auth import DEMO_CREDENTIALS
from .config import MockConfig
from .faults import FaultConfig
from .quirks import Quirks
from .server import LOOPBACK, SpecReloader, uvicorn_config
from .spec import load_spec


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m clientgen.testing", description=__doc__)
    parser.add_argument("vendor", choices=sorted(DEMO_CREDENTIALS))
    parser.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1 (loopback only)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--time-scale", type=float, default=1.0, help="run vendor time N x faster")
    parser.add_argument(
        "--faults",
        default="",
        help="e.g. error_rate=0.2,latency_ms=50,drop_after_read_rate=0.05,seed=7",
    )
    parser.add_argument("--allow-fault-header", action="store_true", help="honour X-Mock-Fault")
    parser.add_argument("--no-rate-limit", action="store_true", help="never answer 429")
    parser.add_argument("--validate-responses", action="store_true", help="500 on a non-conforming response")
    parser.add_argument(
        "--quirks",
        default="",
        help="realistic-vendor mode: all, or a comma list of quirks, optionally seed=N",
    )
    parser.add_argument("--allow-remote", action="store_true", help="permit a non-loopback --host")
    return parser


def describe(vendor: str, base_url: str) -> str:
    """The banner: where the mock listens and which demo credentials it accepts."""
    lines = [f"{vendor} mock on {base_url}  (spec: {base_url}/openapi.json)", "demo credentials:"]
    for credential in DEMO_CREDENTIALS[vendor]:
        if credential.scheme == "bearer":
            secret = f"Bearer token {credential.token}"
        else:
            secret = f"Basic user {credential.username} / password {credential.password}"
        lines.append(f"  tenant {credential.tenant:<14} {secret}")
    return "\n".join(lines)


def spec_files(vendor: str) -> list[Path]:
    """The files `load_spec` reads for `vendor`: the resolved spec, and the spec and overlays it
    is resolved from when the pipeline has not shipped one."""
    from ._vendors import get_vendor

    entry = get_vendor(vendor)
    return [entry.resolved_spec_path, entry.spec_path, *entry.overlay_paths]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.host not in LOOPBACK and not args.allow_remote:
        print(f"refusing --host {args.host}: not loopback (pass --allow-remote)", file=sys.stderr)
        return 2
    try:
        faults = FaultConfig.parse(args.faults)
        config = MockConfig(
            faults=faults,
            allow_fault_header=args.allow_fault_header,
            time_scale=args.time_scale,
            rate_limit=not args.no_rate_limit,
            validate_responses=args.validate_responses,
            quirks=Quirks.parse(args.quirks),
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    app = SpecReloader(
        lambda spec: create_app(args.vendor, config=dataclasses.replace(config, spec=spec)),
        lambda: load_spec(args.vendor),
        spec_files(args.vendor),
    )
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(describe(args.vendor, f"http://{host}:{args.port}"), flush=True)
    uvicorn.Server(uvicorn_config(app, args.host, args.port)).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
