"""Everything that changed from one generated tree to another, for users of the package."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..lock import LOCK_NAME
from ..trees import compare_trees
from ..vendors import Vendor
from ..versioning import Level
from .changelog import CHANGELOG_NAME
from .model import Change
from .python_diff import diff_python
from .spec_diff import diff_specs

# Files the pipeline keeps beside the package: they record changes, they are not changes.
BOOKKEEPING = frozenset({LOCK_NAME, CHANGELOG_NAME, ".clientgen-stamp"})


def _spec(tree: Path, vendor: Vendor) -> dict[str, Any]:
    path = tree / vendor.package_name / "openapi.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def package_files_changed(old_tree: Path, new_tree: Path) -> tuple[str, ...]:
    return compare_trees(new_tree, old_tree, ignore=BOOKKEEPING).paths


def compare_packages(vendor: Vendor, old_tree: Path, new_tree: Path) -> list[Change]:
    """Spec-level and Python-level changes from `old_tree` to `new_tree` (generated/<vendor>
    layouts); a PATCH `package-changed` when files differ but neither diff finds anything."""
    files = package_files_changed(old_tree, new_tree)
    if not files:
        return []
    changes = diff_specs(_spec(old_tree, vendor), _spec(new_tree, vendor))
    changes += diff_python(old_tree, new_tree, vendor.package_name)
    if not changes:
        shown = ", ".join(files[:4]) + (f" and {len(files) - 4} more" if len(files) > 4 else "")
        changes.append(
            Change(
                Level.PATCH,
                "package-changed",
                vendor.package_name,
                f"regenerated without an API change ({shown})",
                source="package",
            )
        )
    return changes
