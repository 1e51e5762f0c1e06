"""File-by-file comparison of two generated trees (relative paths, caches ignored)."""

from __future__ import annotations

import filecmp
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


@dataclass(frozen=True, slots=True)
class Drift:
    """Files that differ between a fresh generation and the committed tree (relative paths)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted({*self.added, *self.removed, *self.changed}))

    def describe(self, prefix: str) -> list[str]:
        lines = [f"  missing from {prefix}: {p}" for p in self.added]
        lines += [f"  stale in {prefix} (no longer generated): {p}" for p in self.removed]
        lines += [f"  differs: {prefix}/{p}" for p in self.changed]
        return lines


def _files(root: Path, ignore: Collection[str]) -> set[str]:
    if not root.exists():
        return set()
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file()
        and not IGNORED_PARTS.intersection(p.relative_to(root).parts)
        and p.relative_to(root).as_posix() not in ignore
    }


def compare_trees(fresh: Path, committed: Path, ignore: Collection[str] = ()) -> Drift:
    """What `committed` lacks, has extra, or has different from `fresh` (`ignore`: rel. paths)."""
    fresh_files, committed_files = _files(fresh, ignore), _files(committed, ignore)
    common = sorted(fresh_files & committed_files)
    changed = tuple(p for p in common if not filecmp.cmp(fresh / p, committed / p, shallow=False))
    return Drift(
        added=tuple(sorted(fresh_files - committed_files)),
        removed=tuple(sorted(committed_files - fresh_files)),
        changed=changed,
    )
