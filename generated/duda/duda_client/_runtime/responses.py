"""A 2xx/3xx answer -> (parsed body, spec mismatches): tolerant by default, strict on request.

Tolerant (the default): any 2xx is a success. A body is parsed as far as it goes (see
`mismatch.py`); a status the spec does not declare is parsed with the operation's main 2xx schema
when the body fits it, else left unparsed (`parsed=None`, the raw body in `Response.content`).
Nothing here raises for a 2xx, so no caller ever sees an exception after a write landed.
Differences from the spec come back as `SpecMismatch`es (whole paths from the body's root, found by
validating the body against the spec once, and only when parsing noted something) and are logged
once per operation and field at WARNING.

Strict (`strict_responses=True`, or CLIENTGEN_STRICT_RESPONSES=1 for a whole test run): every
response body is validated against the spec and the first difference raises
`ResponseValidationError` naming the field and rule; an undeclared status raises
`UnexpectedStatus`. The project's own tests run this way against its mocks.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import TypeVar

import httpx

from .errors import PARSE_ERRORS, ResponseValidationError, UnexpectedStatus
from .mismatch import (
    STRICT_ENV,
    SpecMismatch,
    begin,
    end,
    log_mismatches,
    strict_default,
    value_kind,
)
from .validation import SpecValidator

__all__ = ["STRICT_ENV", "read_response", "status_of", "strict_default"]

T = TypeVar("T")
# What parsing a hostile or broken body can raise besides the models' own errors.
_BODY_ERRORS = (*PARSE_ERRORS, KeyError, RecursionError, json.JSONDecodeError)


def _body(response: httpx.Response) -> object:
    try:
        return response.json()
    except (ValueError, RecursionError):
        return None


def _not_json(response: httpx.Response) -> SpecMismatch:
    return SpecMismatch("<body>", "type", "empty" if not response.content else "not JSON")


def _explain(
    validator: SpecValidator,
    operation_id: str,
    status: int,
    response: httpx.Response,
    exc: Exception,
) -> ResponseValidationError:
    """Why a body could not be parsed, in terms of the spec (strict mode's error)."""
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return ResponseValidationError(operation_id, field="<body>", rule="response body is not valid JSON")
    explained = validator.explain_response(operation_id, status, body)
    if explained is not None:
        return explained
    field = exc.args[0] if isinstance(exc, KeyError) and exc.args else "<body>"
    return ResponseValidationError(operation_id, field=str(field), rule=f"could not be parsed: {type(exc).__name__}")


def read_response(
    response: httpx.Response,
    operation_id: str,
    parse: Callable[[int, httpx.Response], T | None],
    *,
    declared: frozenset[int],
    primary: int | None,
    strict: bool,
    raise_on_unexpected_status: bool,
    validator: Callable[[], SpecValidator],
    logger: logging.Logger,
) -> tuple[T | None, tuple[SpecMismatch, ...]]:
    """Parse a non-error response of `operation_id` (see the module docstring)."""
    code = response.status_code
    is_declared = code in declared
    if not is_declared and (strict or (raise_on_unexpected_status and not 200 <= code < 300)):
        raise UnexpectedStatus(code, response.content)
    schema_status = code if is_declared else primary
    parsed: T | None = None
    current, token = begin(strict)
    try:
        if schema_status is not None:
            parsed = parse(schema_status, response)
    except _BODY_ERRORS as exc:
        if strict:
            raise _explain(validator(), operation_id, schema_status or code, response, exc) from exc
        body = _body(response)
        current.notes.append(_not_json(response) if body is None else SpecMismatch("<body>", "type", value_kind(body)))
    finally:
        end(token)
    if not strict and is_declared and not current.notes:
        return parsed, ()  # the common case: a conforming answer
    if strict:
        if schema_status is not None and response.content:
            explained = validator().explain_response(operation_id, schema_status, _body(response))
            if explained is not None:
                raise explained
        return parsed, ()
    notes = list(current.notes)
    if not is_declared:
        notes.insert(0, SpecMismatch("<status>", "undeclared", str(code)))
    if not notes:
        return parsed, ()
    found = list(notes[:1]) if not is_declared else []
    if schema_status is not None and response.content:
        body = _body(response)
        if body is not None:
            found += validator().response_mismatches(operation_id, schema_status, body)
    mismatches = tuple(found) if len(found) > (0 if is_declared else 1) else tuple(notes)
    log_mismatches(logger, operation_id, mismatches)
    return parsed, mismatches


def status_of(code: int) -> HTTPStatus | int:
    """`HTTPStatus(code)`, or the plain int for a code the standard does not name (e.g. 299)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code
