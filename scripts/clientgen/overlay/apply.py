"""Apply overlays to a document: actions run in order, each on the result of the previous one."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any

from .actions import run_action
from .errors import ActionError, OverlayError, OverlayWarning
from .loader import parse_overlay
from .merge import clone
from .model import Overlay


def apply_overlay(
    document: Mapping[str, Any], overlay: Overlay | Mapping[str, Any], *, strict: bool = False
) -> dict[str, Any]:
    """Return a new document with `overlay` applied; `document` itself is never modified.

    A dict overlay is validated first and named "<overlay>" in messages. An action whose target
    matches nothing warns (OverlayWarning) and is skipped; with `strict=True` it is an error.
    """
    return _apply(document, [overlay], strict)


def apply_overlays(
    document: Mapping[str, Any],
    overlays: Sequence[Overlay | Mapping[str, Any]],
    *,
    strict: bool = False,
) -> dict[str, Any]:
    """Apply several overlays in sequence to one copy of `document` and return it."""
    return _apply(document, overlays, strict)


def _apply(
    document: Mapping[str, Any], overlays: Sequence[Overlay | Mapping[str, Any]], strict: bool
) -> dict[str, Any]:
    if not isinstance(document, Mapping):
        kind = type(document).__name__
        raise TypeError(f"document must be a mapping (an OpenAPI description), got {kind}")
    parsed = [item if isinstance(item, Overlay) else parse_overlay(item) for item in overlays]
    result: dict[str, Any] = clone(document)
    for overlay in parsed:
        _apply_in_place(result, overlay, strict)
    return result


def _apply_in_place(document: dict[str, Any], overlay: Overlay, strict: bool) -> None:
    for action in overlay.actions:
        context = f"{overlay.source}: {action.label}"
        try:
            matched = run_action(document, action, overlay.feature_set)
        except ActionError as exc:
            raise OverlayError(f"{context}: {exc}") from exc
        if not matched:
            message = f"{context}: target matched no nodes; the action changed nothing"
            if strict:
                raise OverlayError(message)
            warnings.warn(OverlayWarning(message), stacklevel=4)  # blame apply_overlay(s)' caller
