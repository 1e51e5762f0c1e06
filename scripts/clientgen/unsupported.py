"""Constructs openapi-python-client drops without a warning, refused before generation.

The generator silently skips a parameter described with `content:` instead of `schema:` (and one
with neither), so a client would quietly lose an argument; and it treats a schema whose `allOf` has
one member as that member, dropping `properties`/`required` written beside the `allOf`. We fail
loudly instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .errors import PipelineError
from .runtime.operations import iter_operations


class UnsupportedConstructError(PipelineError):
    """The spec uses something the generator would drop; the message names where."""


def _parameters(spec: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for name, param in spec.get("components", {}).get("parameters", {}).items():
        yield f"components.parameters.{name}", param
    for path, item in spec.get("paths", {}).items():
        for index, param in enumerate(item.get("parameters", [])):
            yield f"paths.{path}.parameters[{index}]", param
    for path, method, op in iter_operations(spec):
        for index, param in enumerate(op.get("parameters", [])):
            yield f"paths.{path}.{method}.parameters[{index}]", param


SIBLINGS_DROPPED_BY_ALLOF = ("properties", "required", "additionalProperties")


def _schemas(node: Any, where: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every mapping under `node` that has an `allOf`, with a dotted location."""
    if isinstance(node, Mapping):
        if "allOf" in node:
            yield where, node
        for key, value in node.items():
            yield from _schemas(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, f"{where}[{index}]")


def check_supported(spec: Mapping[str, Any]) -> None:
    """Raise naming every construct the generator would drop."""
    problems = [
        f"{where}: keywords {sorted(set(SIBLINGS_DROPPED_BY_ALLOF) & set(schema))} beside a "
        "one-member allOf are ignored by openapi-python-client; "
        "move them into a second allOf member"
        for where, schema in _schemas(spec.get("components", {}), "components")
        if len(schema["allOf"]) == 1 and set(SIBLINGS_DROPPED_BY_ALLOF) & set(schema)
    ]
    problems += [
        f"{where} ({param.get('name', '?')!r}): use `schema:`, not `content:` "
        "(openapi-python-client drops content parameters)"
        if "content" in param
        else f"{where} ({param.get('name', '?')!r}): has no `schema:`"
        for where, param in _parameters(spec)
        if "$ref" not in param and ("content" in param or "schema" not in param)
    ]
    if problems:
        raise UnsupportedConstructError("\n".join(problems))
