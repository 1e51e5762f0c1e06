"""The engine's error and warning types, so callers can catch one family for any overlay problem."""

from __future__ import annotations


class OverlayError(Exception):
    """An overlay is invalid or cannot be applied; the message names the file and action index."""


class OverlayWarning(UserWarning):
    """An action changed nothing because its target matched no node; `strict=True` escalates it."""


class ActionError(Exception):
    """A problem found while running one action; the applier prefixes the file and action index."""
