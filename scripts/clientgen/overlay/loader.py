"""Read Overlay (and input) documents from YAML or JSON files and build validated Overlays."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .errors import OverlayError
from .merge import clone
from .model import Action, Overlay
from .schema import SchemaViolation, validate

DICT_SOURCE = "<overlay>"


def load_overlay(path: str | Path) -> Overlay:
    """Read and validate an overlay file; errors name the file as given."""
    return parse_overlay(read_data(path), source=str(path))


def parse_overlay(data: Any, source: str = DICT_SOURCE) -> Overlay:
    """Validate parsed overlay data (schema chosen by its `overlay` version) and build it."""
    try:
        validate(data)
    except SchemaViolation as exc:
        raise OverlayError(f"{source}: invalid overlay: {exc}") from exc
    actions = tuple(_action(index, raw, source) for index, raw in enumerate(data["actions"]))
    return Overlay(
        source=source,
        version=data["overlay"],
        info=clone(data["info"]),
        extends=data.get("extends"),
        actions=actions,
    )


def _action(index: int, raw: Mapping[str, Any], source: str) -> Action:
    action = Action(
        index=index,
        target=raw["target"],
        description=raw.get("description"),
        update=clone(raw.get("update")),
        has_update="update" in raw,
        copy=raw.get("copy"),
        remove=raw.get("remove", False),
    )
    if action.has_update and action.copy is not None and not action.remove:
        # Overlay 1.1: update "has no impact if ... the copy field contains a value" and copy
        # "has no impact if ... the update field contains a value": together they contradict.
        raise OverlayError(
            f"{source}: invalid overlay: {action.label}: 'update' and 'copy' cannot be combined "
            "(each has no impact when the other is set); split them into two actions"
        )
    return action


def read_data(path: str | Path) -> Any:
    """Parse a `.json` file as JSON and anything else as YAML 1.2, into plain dicts and lists.

    Integer mapping keys (YAML `200:` response codes) become strings, as JSON requires; duplicate
    keys are an error in both formats.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OverlayError(f"{path}: cannot read file: {exc}") from exc
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text, object_pairs_hook=_unique_pairs)
        else:
            data = YAML(typ="safe", pure=True).load(text)
    except (ValueError, YAMLError) as exc:
        kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
        raise OverlayError(f"{path}: invalid {kind}: {exc}") from exc
    return _string_keys(data, path, "$")


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _string_keys(value: Any, path: Path, where: str) -> Any:
    if isinstance(value, list):
        return [_string_keys(item, path, f"{where}[{i}]") for i, item in enumerate(value)]
    if not isinstance(value, Mapping):
        return value
    result: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(key, int) and not isinstance(key, bool):
            key = str(key)
        if not isinstance(key, str):
            raise OverlayError(f"{path}: {where}: mapping key {key!r} is not a string")
        if key in result:
            raise OverlayError(f"{path}: {where}: duplicate key {key!r}")
        result[key] = _string_keys(item, path, f"{where}['{key}']")
    return result
