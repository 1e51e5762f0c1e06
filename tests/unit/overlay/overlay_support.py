"""Builders shared by the overlay engine tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from clientgen.overlay.writer import to_yaml


def overlay_data(*actions: dict[str, Any], version: str = "1.1.0") -> dict[str, Any]:
    """An overlay document holding `actions`."""
    return {
        "overlay": version,
        "info": {"title": "test overlay", "version": "1.0.0"},
        "actions": list(actions),
    }


def write_file(folder: Path, name: str, content: Any) -> Path:
    """Write text as is, or data as JSON (.json) or YAML in document key order."""
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif path.suffix == ".json":
        path.write_text(json.dumps(content), encoding="utf-8")
    else:
        path.write_text(to_yaml(content), encoding="utf-8")
    return path
