"""The `x-inferred` marker: constraints in a spec that no vendor document states.

A spec marks each constraint that is our inference beside it (docs/spec-conventions.md):

- on a Schema object, `x-inferred: {<keyword>: "<why>"}`, or for `required` a mapping
  `{<property>: "<why>"}` that marks only those entries;
- on a Response object, an Operation or a Path Item, `x-inferred: "<why>"` (that status, that
  operation, that path is inferred);
- on a Parameter object, `x-inferred: {required: "<why>"}`.

`stated_view(spec)` is the spec with every inferred *constraint* taken out: what the vendors'
documents say and nothing more. The client refuses a request only when it breaks the stated view
(breaking only the full spec gets a warning); the generator builds the models' signatures from it
(an inferred `required` never makes a constructor argument mandatory); the mocks and the fuzzer
enforce it. Inferred statuses, operations and paths stay in the view (they are not constraints on
what we send); the marker documents them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from .refs import pointer as json_pointer

__all__ = ["MARKABLE_KEYWORDS", "MARKER", "inferred_constraints", "stated_view"]

MARKER = "x-inferred"

# The keywords a schema's marker may name: the constraints, never `type` (types come from the
# docs' field tables; where docs disagree the type is widened instead).
MARKABLE_KEYWORDS: tuple[str, ...] = (
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "enum",
    "const",
    "multipleOf",
    "additionalProperties",
    "required",
    "minProperties",
    "maxProperties",
)
_MARKABLE = frozenset(MARKABLE_KEYWORDS)


def _schema_marks(node: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The validated marker of a schema object (empty when it has none)."""
    marks = node.get(MARKER)
    if marks is None:
        return {}
    if not isinstance(marks, Mapping):
        raise ValueError(f"{where}: {MARKER} on a schema must map keywords to reasons")
    for keyword, reason in marks.items():
        if keyword not in _MARKABLE:
            raise ValueError(f"{where}: {MARKER} names {keyword!r}, which is not a markable keyword")
        if keyword not in node:
            raise ValueError(f"{where}: {MARKER} marks {keyword!r}, which the schema does not have")
        if keyword == "required" and isinstance(reason, Mapping):
            unknown = set(reason) - set(node.get("required") or ())
            if unknown:
                raise ValueError(f"{where}: {MARKER}.required names {sorted(unknown)} not required")
        elif not isinstance(reason, str) or not reason.strip():
            raise ValueError(f"{where}: {MARKER}.{keyword} needs a reason")
    return dict(marks)


def _is_schema_position(path: tuple[str, ...]) -> bool:
    """Whether the object at `path` is a Schema object (as opposed to an operation, response...)."""
    if not path:
        return False
    parent = path[-1]
    if parent in ("schema", "items", "not", "additionalProperties", "contains", "if", "then"):
        return True
    if parent in ("else", "propertyNames", "unevaluatedItems", "unevaluatedProperties"):
        return True
    if len(path) >= 2 and path[-2] in (
        "properties",
        "patternProperties",
        "$defs",
        "dependentSchemas",
    ):
        return True
    if len(path) >= 2 and path[-2] in ("allOf", "anyOf", "oneOf", "prefixItems"):
        return True
    return len(path) >= 3 and path[-3:-1] == ("components", "schemas")


def _walk(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, node
    if isinstance(node, Mapping):
        for key, child in node.items():
            yield from _walk(child, (*path, str(key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _walk(child, (*path, str(index)))


def inferred_constraints(spec: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(JSON pointer, keyword or `status`/`operation`/`path`, reason) for every mark in `spec`;
    raises ValueError naming the place of a malformed one."""
    found: list[tuple[str, str, str]] = []
    for path, node in _walk(spec):
        if not isinstance(node, Mapping) or MARKER not in node:
            continue
        pointer = json_pointer(path)
        marks = node[MARKER]
        if _is_schema_position(path) or (isinstance(marks, Mapping) and "in" not in node):
            for keyword, reason in _schema_marks(node, pointer).items():
                if keyword == "required" and isinstance(reason, Mapping):
                    found += [(pointer, f"required:{name}", str(why)) for name, why in reason.items()]
                else:
                    found.append((pointer, keyword, str(reason)))
        elif "in" in node:  # a Parameter object
            if not isinstance(marks, Mapping) or set(marks) - {"required"}:
                raise ValueError(f"{pointer}: {MARKER} on a parameter may only mark 'required'")
            found.append((pointer, "required", str(marks["required"])))
        elif isinstance(marks, str) and marks.strip():
            kind = "status" if len(path) >= 2 and path[-2] == "responses" else "operation"
            if len(path) == 2 and path[0] == "paths":
                kind = "path"
            found.append((pointer, kind, marks))
        else:
            raise ValueError(f"{pointer}: {MARKER} needs a reason")
    return found


def _strip(node: Any, path: tuple[str, ...]) -> None:
    if isinstance(node, dict):
        marks = node.get(MARKER)
        if isinstance(marks, Mapping):
            if "in" in node and not _is_schema_position(path):
                if "required" in marks and node.get("in") != "path":
                    node["required"] = False
            else:
                for keyword, reason in marks.items():
                    if keyword == "required" and isinstance(reason, Mapping):
                        kept = [name for name in node.get("required", ()) if name not in reason]
                        if kept:
                            node["required"] = kept
                        else:
                            node.pop("required", None)
                    else:
                        node.pop(keyword, None)
        for key, child in node.items():
            _strip(child, (*path, str(key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            _strip(child, (*path, str(index)))


def stated_view(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy of `spec` without the constraints it marks as inferred (markers kept)."""
    inferred_constraints(spec)  # refuse malformed markers before acting on them
    view: dict[str, Any] = copy.deepcopy(dict(spec))
    _strip(view, ())
    return view
