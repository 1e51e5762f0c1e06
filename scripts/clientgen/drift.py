"""Compare what the pipeline would produce now with what is committed under generated/."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from .changes.model import Report
from .generate import generate_into
from .trees import Drift, compare_trees
from .vendors import Vendor

__all__ = ["Drift", "VendorDrift", "check_vendor", "compare_trees"]


@dataclass(frozen=True, slots=True)
class VendorDrift:
    """The files a fresh generation changes, and the change report it would have written."""

    files: Drift
    report: Report

    def __bool__(self) -> bool:
        return bool(self.files)

    @property
    def changed(self) -> tuple[str, ...]:
        return self.files.changed

    def describe(self, prefix: str) -> list[str]:
        return self.files.describe(prefix)


def check_vendor(vendor: Vendor) -> VendorDrift:
    """Regenerate into a scratch directory and diff against generated/<vendor>/."""
    with tempfile.TemporaryDirectory(prefix="clientgen-drift-") as tmp:
        fresh = Path(tmp) / vendor.name
        report = generate_into(vendor, fresh)
        return VendorDrift(compare_trees(fresh, vendor.output_dir), report)
