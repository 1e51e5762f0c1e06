"""One change between two versions of a package, and the report that collects them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..versioning import Level


@dataclass(frozen=True, slots=True, order=True)
class Change:
    """A difference a user of the package could notice, with how much it matters to them.

    `source` says which comparison found it: `spec` (the resolved OpenAPI documents), `python`
    (the packages' public Python API, via griffe) or `package` (files changed, API unchanged).
    """

    level: Level
    kind: str
    where: str
    detail: str
    source: str = "spec"
    # A Python object added or removed whole: its kind ("module", "class", "function", ...) and
    # how many public names it holds (the changelog names a module or class once, not each name).
    object_kind: str = ""
    members: int = 0

    @property
    def breaking(self) -> bool:
        return self.level is Level.MAJOR

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "level": self.level.label,
            "breaking": self.breaking,
            "kind": self.kind,
            "where": self.where,
            "detail": self.detail,
            "source": self.source,
        }
        if self.object_kind:
            found |= {"object_kind": self.object_kind, "members": self.members}
        return found


@dataclass(frozen=True, slots=True)
class Report:
    """Every change from `old_version` to the package just generated, most severe first."""

    vendor: str
    old_version: str
    new_version: str
    changes: tuple[Change, ...] = field(default_factory=tuple)

    @property
    def level(self) -> Level:
        return max((c.level for c in self.changes), default=Level.NONE)

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    def as_json(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "level": self.level.label,
            "changes": [c.as_json() for c in self.changes],
        }


def sort_changes(changes: list[Change]) -> tuple[Change, ...]:
    """Most severe first, then by place; duplicates (one schema reached twice) dropped."""
    unique = {(c.level, c.kind, c.where, c.detail, c.source): c for c in changes}
    rank = {"spec": 0, "python": 1, "package": 2}
    return tuple(sorted(unique.values(), key=lambda c: (-c.level, rank[c.source], c.where, c.kind)))
