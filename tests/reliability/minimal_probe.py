"""Run by `test_minimal_install.py` with a venv's python: which bad format values it refuses.

Prints {format: conforms} as JSON for every format the package's shipped spec uses.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

BAD: dict[str, Any] = {
    "date-time": "2026-01-01T00:00:00",  # naive: RFC 3339 needs an offset
    "date": "2026-13-01",
    "email": "no-at-sign",
    "uri": "not a uri",
    "int32": 2**40,
    "int64": 2**70,
}


def formats(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            found.add(node["format"])
        for key, child in node.items():
            if key != "x-inferred":  # its values are reasons, not schemas
                found |= formats(child)
    elif isinstance(node, list):
        for child in node:
            found |= formats(child)
    return found


def main(package: str) -> None:
    validation = importlib.import_module(f"{package}._runtime.validation")
    spec = importlib.import_module(f"{package}._spec").spec()
    checker = validation._format_checker()
    used = sorted(formats(dict(spec)))
    missing = [name for name in used if name not in BAD]
    if missing:
        raise SystemExit(f"no bad sample for formats {missing}")
    print(json.dumps({name: checker.conforms(BAD[name], name) for name in used}))


if __name__ == "__main__":
    main(sys.argv[1])
