"""Serialise a document as YAML or JSON with one deterministic style (key order is kept)."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.representer import RoundTripRepresenter


def to_yaml(document: Any) -> str:
    """Block-style YAML 1.2, keys in document order, nulls spelled `null`, no line folding."""
    yaml = YAML(typ="rt", pure=True)
    yaml.default_flow_style = False
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.representer.add_representer(type(None), _represent_null)
    stream = io.StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


def to_json(document: Any) -> str:
    """Two-space JSON, keys in document order, UTF-8 text, trailing newline."""
    return json.dumps(document, indent=2, ensure_ascii=False, default=_json_default) + "\n"


def render(document: Any, path: Path | None) -> str:
    """JSON when `path` ends in .json, YAML otherwise (and for stdout)."""
    if path is not None and path.suffix.lower() == ".json":
        return to_json(document)
    return to_yaml(document)


def _represent_null(representer: RoundTripRepresenter, _data: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _json_default(value: Any) -> str:
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
