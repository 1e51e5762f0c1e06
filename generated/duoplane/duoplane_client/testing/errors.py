"""Vendor-shaped error bodies, one function per vendor, so every 4xx/5xx looks like the vendor's.

- Duel: `{"error": <code>, "message": <text>}` (Duel documents no error body; the spec leaves it
  open).
- Duoplane: the usual envelope, `{"metadata": {...}, "data": null, "errors": [<text>]}`.
- Duda: `{"error_code": <code>, "message": <text>}`.
"""

from __future__ import annotations

from typing import Any


def duel_error(code: str, message: str) -> dict[str, Any]:
    return {"error": code, "message": message}


def duoplane_error(message: str, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"metadata": dict(metadata or {}), "data": None, "errors": [message]}


def duda_error(code: str, message: str) -> dict[str, Any]:
    return {"error_code": code, "message": message}
