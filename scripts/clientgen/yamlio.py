"""YAML and JSON reading/writing with one deterministic style for the whole pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML


def load_document(path: Path) -> Any:
    """Load a YAML or JSON file into plain dicts/lists (YAML 1.2 safe loader)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return YAML(typ="safe", pure=True).load(text)


def dump_json(data: Any) -> str:
    """Stable JSON: keys in document order, two-space indent, trailing newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
