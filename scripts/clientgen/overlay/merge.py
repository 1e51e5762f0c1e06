"""The Overlay merge rules: how an `update` (or copied) value combines with a selected node.

Overlay 1.1, Action Object: merging an object into an object, recursively for each property,
- a property only in the target is left unchanged;
- a property only in the update is inserted (appended, so existing keys keep their order);
- in both: primitive replaces primitive, array is concatenated to array, object is merged into
  object; any other combination is incompatible and an error.
Inserted values are deep copies, so one update applied to many nodes never shares containers.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Literal

from .errors import ActionError
from .jsonpath import Location, normalized_path

Kind = Literal["object", "array", "primitive"]

_ARTICLE = {"object": "an object", "array": "an array", "primitive": "a primitive"}


def kind_of(value: Any) -> Kind:
    """Classify a JSON value; null, strings, numbers and booleans are all primitives."""
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return "primitive"


def describe(value: Any) -> str:
    """'an object' / 'an array' / 'a primitive (string)' for messages, never the value itself."""
    kind = kind_of(value)
    if kind != "primitive":
        return _ARTICLE[kind]
    return f"a primitive ({json_type(value)})"


def json_type(value: Any) -> str:
    """The JSON type name of a value, as a schema would call it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


def clone(value: Any) -> Any:
    """A deep copy with plain dict/list containers (mapping subclasses become dicts)."""
    if isinstance(value, Mapping):
        return {key: clone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [clone(item) for item in value]
    return copy.deepcopy(value)


def merge_object(target: dict[str, Any], patch: Mapping[str, Any], location: Location) -> None:
    """Merge `patch` into `target` in place; `location` names `target` in errors."""
    for key, new in patch.items():
        if key not in target:
            target[key] = clone(new)
            continue
        old = target[key]
        old_kind, new_kind = kind_of(old), kind_of(new)
        if old_kind != new_kind:
            raise ActionError(
                f"cannot merge {describe(new)} into {describe(old)} at "
                f"{normalized_path((*location, key))} (incompatible property values)"
            )
        if new_kind == "object":
            merge_object(old, new, (*location, key))
        elif new_kind == "array":
            old.extend(clone(item) for item in new)
        else:
            target[key] = clone(new)
