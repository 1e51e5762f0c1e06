"""Immutable in-memory form of a validated Overlay document, built once by the loader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Action:
    """One Action Object; `has_update` separates an absent `update` from an explicit null."""

    index: int
    target: str
    description: str | None = None
    update: Any = None
    has_update: bool = False
    copy: str | None = None
    remove: bool = False

    @property
    def label(self) -> str:
        """How messages name this action, e.g. `actions[3] (target "$.paths[")`."""
        return f'actions[{self.index}] (target "{self.target}")'


@dataclass(frozen=True)
class Overlay:
    """A validated overlay; `source` is its file path, or "<overlay>" when built from a dict."""

    source: str
    version: str
    info: dict[str, Any]
    extends: str | None
    actions: tuple[Action, ...]

    @property
    def feature_set(self) -> str:
        """`major.minor` of the `overlay` version: it alone selects behaviour (patch is ignored)."""
        major, minor, _patch = self.version.split(".")
        return f"{major}.{minor}"
