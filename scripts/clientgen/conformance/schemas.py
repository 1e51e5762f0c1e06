"""The spec's schemas as the conformance check and the realistic-vendor mock walk them.

`$ref`s resolve against the whole document, and `applicable` gives every subschema that governs a
value (allOf members; anyOf/oneOf branches the value fits), so a walk knows each object's declared
properties however the spec composes them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..runtime.refs import resolve

_SPEC_URI = "urn:clientgen-spec"


def _absolute_refs(node: Any) -> Any:
    """A copy of `node` whose local `$ref`s point into the registered spec resource."""
    if isinstance(node, Mapping):
        out = {k: _absolute_refs(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = _SPEC_URI + ref
        return out
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    return node


class SchemaView:
    """The spec's schemas, with `$ref` resolution and "does this value fit" for composition."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec: dict[str, Any] = _absolute_refs(spec)
        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)

    def resolve(self, node: Any) -> Any:
        """`node` with its `$ref` chain followed."""
        return resolve(self.spec, node, base=_SPEC_URI)

    def fits(self, schema: Any, value: Any) -> bool:
        validator = Draft202012Validator(schema, registry=self._registry)
        return bool(validator.is_valid(value))

    def error_count(self, schema: Any, value: Any) -> int:
        validator = Draft202012Validator(schema, registry=self._registry)
        return sum(1 for _ in validator.iter_errors(value))

    def applicable(self, schema: Any, value: Any) -> Iterator[Mapping[str, Any]]:
        """`schema` and every subschema that applies to `value` (allOf; anyOf/oneOf that fit)."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return
        yield schema
        for member in schema.get("allOf") or ():
            yield from self.applicable(member, value)
        for key in ("anyOf", "oneOf"):
            for branch in schema.get(key) or ():
                if self.fits(self.resolve(branch), value):
                    yield from self.applicable(branch, value)

    def response(
        self, operation: Mapping[str, Any], status: int
    ) -> tuple[Mapping[str, Any], Any | None]:
        """(declared headers, JSON body schema or None) of `operation`'s answer `status`.

        An undeclared 2xx is read as the declared one, the way the clients parse it.
        """
        responses = operation.get("responses") or {}
        found = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
        if found is None and 200 <= status < 300:
            found = next((r for code, r in responses.items() if str(code).startswith("2")), None)
        found = self.resolve(found or responses.get("default") or {})
        content = (found.get("content") or {}).get("application/json") or {}
        return found.get("headers") or {}, content.get("schema")


def declared_types(schemas: list[Mapping[str, Any]]) -> set[str]:
    """The union of the `type` keywords of `schemas`."""
    kinds: set[str] = set()
    for schema in schemas:
        kind = schema.get("type")
        kinds.update(kind if isinstance(kind, list) else [kind] if kind else [])
    return kinds
