"""Path parameters into URLs: the value validated is the value sent, and it stays in its segment.

`as_sent` reduces a value to the plain JSON scalar that goes on the wire (an Enum member to its
value, a str/int subclass to its str/int contents, bypassing an overridden `__str__`), so the
check and the request see the same thing. `segment` percent-encodes everything outside RFC 3986's
unreserved set (`/ ? # %`, CR and LF included) and refuses what encoding cannot keep in place:
an empty segment and the dot segments `.` and `..`, which URL normalisation would resolve away.
"""

from __future__ import annotations

import enum
from urllib.parse import quote

from .errors import RequestValidationError

__all__ = ["as_sent", "segment"]

_DOT_SEGMENTS = frozenset({"", ".", ".."})


def as_sent(value: object) -> object:
    """The plain value that goes on the wire for `value` (containers kept, items reduced)."""
    if isinstance(value, enum.Enum):
        return as_sent(value.value)
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, list | tuple):
        return [as_sent(item) for item in value]
    return value


def _text(value: object) -> str:
    plain = as_sent(value)
    if plain is True or plain is False:
        return "true" if plain else "false"
    if isinstance(plain, int | float | str):
        return str(plain)
    raise TypeError(f"expected a string or number, got {type(value).__name__}")


def segment(operation_id: str, name: str, value: object) -> str:
    """`value` as one encoded path segment; `RequestValidationError` naming `name` if it
    cannot stay one."""
    try:
        text = _text(value)
    except TypeError as exc:
        raise RequestValidationError(
            operation_id,
            field=name,
            rule="type",
            message=f"{operation_id}: invalid path parameter {name}: {exc}",
        ) from None
    if text in _DOT_SEGMENTS:
        shown = "empty" if not text else f"the dot segment {text!r}"
        raise RequestValidationError(
            operation_id,
            field=name,
            rule="path-segment",
            message=(f"{operation_id}: invalid path parameter {name}: {shown} would not stay in its path segment"),
        )
    return quote(text, safe="")
