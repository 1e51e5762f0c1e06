"""Content hash of every input to a package, so an unchanged package is not regenerated."""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

from .vendors import Vendor

STAMP_NAME = ".clientgen-stamp"
PIPELINE_DIR = Path(__file__).parent


def _pipeline_files() -> list[Path]:
    return sorted(
        p
        for p in PIPELINE_DIR.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and p.suffix in {".py", ".jinja", ".lua", ".yaml", ".json"}
    )


def input_hash(vendor: Vendor) -> str:
    """sha256 over the spec, overlays, templates, runtime, pipeline code and tool versions."""
    digest = hashlib.sha256()
    for tool in ("openapi-python-client", "ruff"):
        digest.update(f"{tool}=={version(tool)}\n".encode())
    inputs = [vendor.spec_path, *vendor.overlay_paths, *_pipeline_files()]
    for path in inputs:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<absent>")
        digest.update(b"\0")
    return digest.hexdigest()


def is_fresh(vendor: Vendor) -> bool:
    stamp = vendor.output_dir / STAMP_NAME
    return stamp.exists() and stamp.read_text(encoding="utf-8").strip() == input_hash(vendor)
