"""The per-package lock file the pipeline owns: the version the committed package has, the hash of
every input it was generated from, and the generator that generated it.

A regeneration whose output matches the committed package keeps the version (and its release
date), so regenerating twice is a no-op; only a change to the output bumps it (see versioning.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tomllib
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from .vendors import Vendor

LOCK_NAME = "clientgen.lock"
PIPELINE_DIR = Path(__file__).parent
TOOLS = ("openapi-python-client", "ruff")


@dataclass(frozen=True, slots=True)
class Lock:
    """What `generated/<vendor>/clientgen.lock` records."""

    version: str
    released: str  # ISO date the version was first generated (the changelog entry's date)
    input_hash: str
    generator: dict[str, str]

    def as_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"


def _pipeline_files() -> list[Path]:
    return sorted(
        p
        for p in PIPELINE_DIR.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and p.suffix in {".py", ".jinja", ".lua", ".yaml", ".json"}
    )


def generator_versions() -> dict[str, str]:
    """The tools' versions, and a digest of our own pipeline code (templates and runtime too)."""
    digest = hashlib.sha256()
    for path in _pipeline_files():
        digest.update(path.relative_to(PIPELINE_DIR).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    found = {tool: version(tool) for tool in TOOLS}
    found["clientgen"] = digest.hexdigest()[:16]
    return found


def input_hash(vendor: Vendor) -> str:
    """sha256 over the spec, overlays, templates, runtime, pipeline code and tool versions."""
    digest = hashlib.sha256()
    for tool, tool_version in sorted(generator_versions().items()):
        digest.update(f"{tool}=={tool_version}\n".encode())
    for path in (vendor.spec_path, *vendor.overlay_paths):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<absent>")
        digest.update(b"\0")
    return digest.hexdigest()


def read_lock(output_dir: Path) -> Lock | None:
    path = output_dir / LOCK_NAME
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return Lock(
        version=str(data["version"]),
        released=str(data["released"]),
        input_hash=str(data["input_hash"]),
        generator={str(k): str(v) for k, v in data["generator"].items()},
    )


def committed_version(output_dir: Path) -> str | None:
    """The version a committed package has: its lock's, or (before locks) its pyproject's."""
    lock = read_lock(output_dir)
    if lock is not None:
        return lock.version
    pyproject = output_dir / "pyproject.toml"
    if not pyproject.exists():
        return None
    return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])


def release_date() -> str:
    """Today (UTC), or the day SOURCE_DATE_EPOCH names, for a version generated now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC) if epoch else dt.datetime.now(tz=dt.UTC)
    )
    return moment.date().isoformat()


def is_fresh(vendor: Vendor) -> bool:
    lock = read_lock(vendor.output_dir)
    return lock is not None and lock.input_hash == input_hash(vendor)
