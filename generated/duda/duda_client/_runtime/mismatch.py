"""Tolerant response parsing: how a body that differs from the spec is parsed, and how the
differences are reported instead of raised.

A client call opens a `ParseSession` around parsing its response (`session()`). The generated
models call `unparsable()`, `gaps()` and the enums' `_missing_` only on data that breaks the spec,
so a conforming body costs nothing here. In a tolerant session those calls note the difference and
let parsing go on (an unconvertible value becomes UNSET and is kept raw in the model's
`additional_properties`; an unknown enum value becomes a pseudo-member; null and missing keys
surface as None and UNSET). In a strict session they raise `ModelValidationError` naming the
field and rule. Outside any session (a direct `from_dict` call, e.g. reading back a model you
stored with `to_dict()`) a response model is read tolerantly too, the differences uncollected,
unless `CLIENTGEN_STRICT_RESPONSES=1` asks for strictness everywhere. Enums are the exception:
`OrderStatus("bogus")` outside a session still raises (a value you build is checked).

The notes only say that something was off; the precise list (`SpecMismatch`, with the whole path
from the body's root) comes from validating the body against the operation's response schema once,
and only when a note was made.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from .errors import ModelValidationError, invalid_value, undeclared_keys

__all__ = [
    "STRICT_ENV",
    "ParseSession",
    "SpecMismatch",
    "absent",
    "begin",
    "end",
    "is_known",
    "log_mismatches",
    "nulls",
    "session",
    "strict_default",
    "undeclared",
    "unknown_member",
    "unparsable",
    "value_kind",
]

E = TypeVar("E", bound=Enum)
_SESSION: ContextVar[ParseSession | None] = ContextVar("clientgen_parse_session", default=None)
STRICT_ENV = "CLIENTGEN_STRICT_RESPONSES"


def strict_default() -> bool:
    """Strict unless asked otherwise? The default of a client's `strict_responses`, and of
    parsing outside any session: `CLIENTGEN_STRICT_RESPONSES=1` (the test suite sets it)."""
    return os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes")


def value_kind(value: object) -> str:
    """The JSON kind of a value (`null`, `string`, `integer`, ...): reported instead of the
    value itself, which may be personal data."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


@dataclass(frozen=True, slots=True)
class SpecMismatch:
    """One way a response differs from the spec.

    `field` is the dotted path from the body's root (`data.attributes.tag_names`, `<body>`,
    `<status>`), `rule` the JSON Schema keyword it breaks (`type`, `required`, `enum`, ...), `kind`
    the JSON kind of what was received (never the value).
    """

    field: str
    rule: str
    kind: str

    def __str__(self) -> str:
        return f"{self.field}: {self.rule} (got {self.kind})"


class ParseSession:
    """The differences noted while parsing one response (built on every call: kept tiny)."""

    __slots__ = ("notes", "strict")

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict
        self.notes: list[SpecMismatch] = []

    def note(self, model: str, key: str, rule: str, value: object) -> None:
        self.notes.append(SpecMismatch(f"{model}.{key}", rule, value_kind(value)))


def begin(strict: bool) -> tuple[ParseSession, Token[ParseSession | None]]:
    """Open a session for the current context; pass the token to `end`. (The hot path's
    spelling of `session()`, without a generator-based context manager.)"""
    current = ParseSession(strict)
    return current, _SESSION.set(current)


def end(token: Token[ParseSession | None]) -> None:
    _SESSION.reset(token)


@contextmanager
def session(*, strict: bool = False) -> Iterator[ParseSession]:
    """Parse inside this block tolerantly (or strictly) and collect what was off, e.g. for a
    webhook body: `with session() as s: order = Order.from_dict(data)`, then `s.notes`."""
    current, token = begin(strict)
    try:
        yield current
    finally:
        end(token)


class _Uncollected(ParseSession):
    """Parsing outside any session: tolerant, and nobody is asking what was off."""

    __slots__ = ()

    def note(self, model: str, key: str, rule: str, value: object) -> None:
        return None


_UNCOLLECTED = _Uncollected()


def _tolerant() -> ParseSession | None:
    """The session to note a difference in, or None to raise. Called only on data that breaks
    the spec, so reading the environment here costs conforming data nothing."""
    current = _SESSION.get()
    if current is None:
        return None if strict_default() else _UNCOLLECTED
    return None if current.strict else current


def unparsable(model: str, key: str, kind: str, value: object, exc: BaseException) -> None:
    """A value of `model.key` the model cannot convert: noted in a tolerant session (the caller
    then leaves the field UNSET and keeps the raw value), else the `ModelValidationError`."""
    current = _tolerant()
    if current is None:
        raise invalid_value(model, key, kind, value, exc) from exc
    current.note(model, key, kind if kind in ("enum", "format") else "type", value)


def absent(model: str, key: str) -> None:
    """A key the spec requires, left out: noted in a tolerant session (the caller then leaves the
    field UNSET), else the `ModelValidationError` naming it."""
    current = _tolerant()
    if current is None:
        raise ModelValidationError(model, field=key, rule="required", detail="is required")
    current.note(model, key, "required", None)


def nulls(model: str, src_dict: Mapping[str, Any], nullable: frozenset[str]) -> None:
    """Note (or raise for) nulls where the spec allows none. Called only when an identity test
    found a null, so the walk over the keys costs nothing on conforming data."""
    found = sorted(key for key, value in src_dict.items() if value is None and key not in nullable)
    current = _tolerant()
    if current is None:
        if found:
            raise ModelValidationError(model, field=found[0], rule="type", detail="a null cannot be held here")
        return
    for key in found:
        current.note(model, key, "type", None)


def unknown_member(cls: type[E], value: object) -> E | None:
    """An enum's `_missing_`: a pseudo-member for a value the spec does not list (tolerant
    sessions only), so the field stays typed as the enum and its raw value readable (`.value`).
    Known members compare unequal to it; `is_known(member)` tells them apart."""
    current = _SESSION.get()  # outside a session an enum stays strict (see the module doc)
    if current is None or current.strict:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    current.notes.append(SpecMismatch(cls.__name__, "enum", value_kind(value)))
    base: Any = str if isinstance(value, str) else int
    member: Any = base.__new__(cls, value) if issubclass(cls, base) else object.__new__(cls)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    return member  # type: ignore[no-any-return]


def is_known(member: Enum) -> bool:
    """False for a pseudo-member made for a value the spec does not list."""
    return type(member)._value2member_map_.get(member.value) is member


_LOGGED: set[tuple[str, str]] = set()
_LOGGED_LOCK = threading.Lock()
_MAX_LOGGED = 10_000


def log_mismatches(logger: logging.Logger, operation_id: str, mismatches: Iterable[SpecMismatch]) -> None:
    """WARNING once per operation and field, for the life of the process."""
    for mismatch in mismatches:
        key = (operation_id, mismatch.field)
        with _LOGGED_LOCK:
            if key in _LOGGED or len(_LOGGED) >= _MAX_LOGGED:
                continue
            _LOGGED.add(key)
        logger.warning(
            "%s: response differs from the spec at %s: %s (got %s); parsed as far as it goes",
            operation_id,
            mismatch.field,
            mismatch.rule,
            mismatch.kind,
            extra={"clientgen_operation": operation_id, "clientgen_mismatch": str(mismatch)},
        )


def undeclared(model: str, src_dict: Mapping[str, Any], known: frozenset[str]) -> None:
    """Keys of `src_dict` a closed response model does not declare (not in `known`): noted with
    their values' kinds (they are kept in `additional_properties`) in a tolerant session,
    refused otherwise."""
    extra = sorted(str(k) for k in src_dict.keys() - known)
    current = _tolerant()
    if current is None:
        raise undeclared_keys(model, extra)
    for key in extra:
        current.note(model, key, "additionalProperties", src_dict[key])
