"""Compare what the pipeline would produce now with what is committed under generated/."""

from __future__ import annotations

import filecmp
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .generate import generate_into
from .vendors import Vendor

IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


@dataclass(frozen=True, slots=True)
class Drift:
    """Files that differ between a fresh generation and the committed tree (relative paths)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def describe(self, prefix: str) -> list[str]:
        lines = [f"  missing from {prefix}: {p}" for p in self.added]
        lines += [f"  stale in {prefix} (no longer generated): {p}" for p in self.removed]
        lines += [f"  differs: {prefix}/{p}" for p in self.changed]
        return lines


def _files(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not IGNORED_PARTS.intersection(p.relative_to(root).parts)
    }


def compare_trees(fresh: Path, committed: Path) -> Drift:
    fresh_files, committed_files = _files(fresh), _files(committed)
    common = sorted(fresh_files & committed_files)
    changed = tuple(p for p in common if not filecmp.cmp(fresh / p, committed / p, shallow=False))
    return Drift(
        added=tuple(sorted(fresh_files - committed_files)),
        removed=tuple(sorted(committed_files - fresh_files)),
        changed=changed,
    )


def check_vendor(vendor: Vendor) -> Drift:
    """Regenerate into a scratch directory and diff against generated/<vendor>/."""
    with tempfile.TemporaryDirectory(prefix="clientgen-drift-") as tmp:
        fresh = Path(tmp) / vendor.name
        generate_into(vendor, fresh)
        return compare_trees(fresh, vendor.output_dir)
