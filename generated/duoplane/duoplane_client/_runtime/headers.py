"""Lenient parsers for typed response headers.

Vendors send rate-limit and paging hints in headers; a malformed hint must never turn a good
response into an exception, so every parser returns None for absent or unparseable values.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = [
    "parse_bool",
    "parse_float",
    "parse_int",
    "parse_retry_after",
    "parse_retry_after_header",
    "parse_str",
]

_INT = re.compile(r"[+-]?[0-9]+")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_MAX_INT_TEXT = 40  # longer than any count a header carries (and than int() accepts cheaply)
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


def parse_str(value: str | None) -> str | None:
    """The header value as is; None when absent."""
    return value


def parse_int(value: str | None) -> int | None:
    """`"42"` -> 42; anything that is not a plain decimal integer -> None."""
    if value is None or len(value) > _MAX_INT_TEXT:  # a 5,000-digit count is no count
        return None
    if value.isascii() and value.isdigit():  # the common case, without a regex
        return int(value)
    text = value.strip()
    return int(text) if _INT.fullmatch(text) else None


def parse_float(value: str | None) -> float | None:
    """`"1.5"` -> 1.5; NaN, infinities and non-numbers -> None."""
    if value is None or len(value) > _MAX_INT_TEXT:
        return None
    text = value.strip()
    if not _FLOAT.fullmatch(text):
        return None
    number = float(text)
    return number if math.isfinite(number) else None


def parse_bool(value: str | None) -> bool | None:
    """`true`/`false`/`1`/`0` in any case -> bool; anything else -> None."""
    if value is None:
        return None
    text = value.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After style value: delay-seconds or an HTTP-date (RFC 9110).

    Negative delays and dates in the past give 0.0. `now` (aware, defaults to the wall clock)
    is only used for HTTP-dates.
    """
    if value is None:
        return None
    seconds = parse_float(value)
    if seconds is not None:
        return max(0.0, seconds)
    text = value.strip()
    if not text:
        return None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    reference = now if now is not None else datetime.now(UTC)
    if reference.tzinfo is None:
        reference = reference.replace(tzinfo=UTC)
    return max(0.0, (when - reference).total_seconds())


def parse_retry_after_header(value: str | None) -> float | None:
    """`parse_retry_after` against the wall clock (for typed header views)."""
    return parse_retry_after(value)
