"""OpenAPI Overlay engine (Overlay Specification 1.0.x and 1.1.x, RFC 9535 JSONPath targets)."""

from .apply import apply_overlay, apply_overlays
from .errors import OverlayError, OverlayWarning
from .loader import load_overlay, parse_overlay
from .model import Action, Overlay

__all__ = [
    "Action",
    "Overlay",
    "OverlayError",
    "OverlayWarning",
    "apply_overlay",
    "apply_overlays",
    "load_overlay",
    "parse_overlay",
]
