"""Which spec a mock serves: the resolved spec if the pipeline shipped one, else resolve it now.

Order: the `openapi.json` beside this module's package when it is `<vendor>_client.testing` (the
fake shipped in a package), `generated/<vendor>/<pkg>/openapi.json` (what the client was generated
from), then
`clientgen.resolve` (spec + overlays), then the raw `specs/<vendor>.yaml`. The fallbacks let the
mocks run before the pipeline has produced anything.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[3]
# Inside <vendor>_client/testing/, the package that holds this copy and the spec it shipped with.
HOME = Path(__file__).resolve().parents[1]


def _registry_paths(vendor: str) -> tuple[Path, Path]:
    """(resolved spec, raw spec) for the vendor, from clientgen's registry when importable."""
    try:
        from ._vendors import get_vendor
    except ImportError:
        return (
            REPO_ROOT / "generated" / vendor / f"{vendor}_client" / "openapi.json",
            REPO_ROOT / "specs" / f"{vendor}.yaml",
        )
    entry = get_vendor(vendor)
    return entry.resolved_spec_path, entry.spec_path


def load_spec(vendor: str) -> dict[str, Any]:
    """The spec the `vendor` mock serves and validates against."""
    shipped = HOME / "openapi.json"
    if HOME.name == f"{vendor}_client" and shipped.is_file():
        home: dict[str, Any] = json.loads(shipped.read_text(encoding="utf-8"))
        return home
    resolved_path, raw_path = _registry_paths(vendor)
    if resolved_path.is_file():
        loaded: dict[str, Any] = json.loads(resolved_path.read_text(encoding="utf-8"))
        return loaded
    try:  # by name: a package's copy of the fake has no pipeline beside it
        resolved: dict[str, Any] = importlib.import_module("clientgen.resolve").resolve(
            importlib.import_module("clientgen.vendors").get_vendor(vendor)
        )
        return resolved
    except Exception:  # the pipeline may be mid-edit; the raw spec still serves
        pass
    if not raw_path.is_file():
        raise FileNotFoundError(f"{vendor}: no spec at {resolved_path} or {raw_path}")
    from ruamel.yaml import YAML  # the pipeline's dependency, only for this last fallback

    data = YAML(typ="safe").load(raw_path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{raw_path}: expected a mapping at the top level")
    # Round-trip through JSON so dates and other YAML-only types become what the JSON file holds.
    plain: dict[str, Any] = json.loads(json.dumps(data, default=str))
    return plain
