"""Validate an Overlay document against the published JSON Schema for its `overlay` version.

The `overlay` field picks the schema (1.0.x -> v1.0, 1.1.x -> v1.1; the patch is ignored, as the
spec says). Messages name the property and the schema rule, and never echo large values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]
from ruamel.yaml import YAML

from .merge import json_type
from .uriref import is_uri_reference

SUPPORTED = {"1.0": "v1.0", "1.1": "v1.1"}
SCHEMAS_DIR = Path(__file__).with_name("schemas")
_VERSION = re.compile(r"\A1\.(0|1)\.[0-9]+\Z")
_IDENTIFIER = re.compile(r"\A[A-Za-z_$][A-Za-z0-9_$-]*\Z")
_FORMATS = FormatChecker(formats=())
_FORMATS.checks("uri-reference")(is_uri_reference)


class SchemaViolation(ValueError):
    """The document breaks the Overlay schema or names an unsupported version."""


def feature_set_of(data: Any) -> str:
    """The `major.minor` this document declares, or SchemaViolation if none is supported."""
    if not isinstance(data, Mapping):
        raise SchemaViolation(
            f"(document root): must be of type object, got {json_type(data)} (schema rule 'type')"
        )
    if "overlay" not in data:
        raise SchemaViolation("overlay: required property is missing (schema rule 'required')")
    version = data["overlay"]
    if not isinstance(version, str):
        raise SchemaViolation(
            f"overlay: must be of type string, got {json_type(version)} (schema rule 'type'); "
            "quote the version in YAML, e.g. overlay: '1.1.0'"
        )
    match = _VERSION.match(version)
    if match is None:
        raise SchemaViolation(
            f"overlay: unsupported Overlay Specification version {_short(version)}; "
            "this engine implements 1.0.x and 1.1.x (major.minor.patch)"
        )
    return f"1.{match.group(1)}"


def schema_violations(data: Any, feature_set: str) -> list[str]:
    """Every violation of the `feature_set` schema, sorted by location; empty when valid."""
    validator = _validator(feature_set)
    errors = sorted(validator.iter_errors(data), key=_error_order)
    return [message for error in errors for message in _describe(error)]


def validate(data: Any) -> str:
    """Check the version, then the schema; return the feature set or raise SchemaViolation."""
    feature_set = feature_set_of(data)
    violations = schema_violations(data, feature_set)
    if violations:
        raise SchemaViolation("; ".join(violations))
    return feature_set


@cache
def _validator(feature_set: str) -> Any:
    folder = SUPPORTED[feature_set]
    text = (SCHEMAS_DIR / folder / "schema.yaml").read_text(encoding="utf-8")
    schema = YAML(typ="safe", pure=True).load(text)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=_FORMATS)


def _error_order(error: ValidationError) -> tuple[Any, ...]:
    path = tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in error.path)
    return (path, error.validator)


def _describe(error: ValidationError) -> Iterable[str]:
    where = list(error.absolute_path)
    rule, expected, instance = error.validator, error.validator_value, error.instance
    tail = f"(schema rule '{rule}')"
    if rule == "required":
        for name in expected:
            if name not in instance:
                yield f"{location([*where, name])}: required property is missing {tail}"
    elif rule == "unevaluatedProperties":
        known = error.schema.get("properties", {})
        allowed = ", ".join([*known, "x-* extensions"])
        for name in instance:
            if name not in known and not str(name).startswith("x-"):
                where_name = location([*where, name])
                yield f"{where_name}: property not allowed (allowed: {allowed}) {tail}"
    elif rule == "type":
        wanted = " or ".join(expected) if isinstance(expected, list) else expected
        yield f"{location(where)}: must be of type {wanted}, got {json_type(instance)} {tail}"
    elif rule == "pattern":
        yield f"{location(where)}: {_short(instance)} does not match {expected!r} {tail}"
    elif rule == "minItems":
        yield f"{location(where)}: must have at least {expected} item(s) {tail}"
    elif rule == "uniqueItems":
        yield f"{location(where)}: items must be unique ({_duplicates(instance, where)}) {tail}"
    elif rule == "format":
        yield f"{location(where)}: {_short(instance)} is not a valid {expected} {tail}"
    else:
        yield f"{location(where)}: {error.message[:200]} {tail}"


def location(parts: Iterable[str | int]) -> str:
    """`actions[0].target`-style path to a property; "(document root)" for the root."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.match(part):
            text += f".{part}" if text else part
        else:
            text += f"[{part!r}]"
    return text or "(document root)"


def _duplicates(items: list[Any], where: list[str | int]) -> str:
    for later, item in enumerate(items):
        for earlier in range(later):
            if items[earlier] == item:
                return f"{location([*where, earlier])} and {location([*where, later])} are equal"
    return "duplicate items"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
