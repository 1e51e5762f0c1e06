"""Every way one response differs from what the spec declares for its operation.

Kinds: `status` (undeclared, or not a success), `missing_field` (required, absent),
`extra_field` (a closed object carries a field it does not declare), `type`,
`null` (where the type does not allow it), `unknown_enum`, `missing_header` (declared, absent).
Values are never copied into a difference (they may be personal data); only their JSON kind is,
except an unknown enum value, which is a code the vendor added, not user data.

A field an open object (no `additionalProperties: false`) does not declare is allowed by the spec,
so it is a note (`undeclared_field`), listed but not counted: it shows what the vendor sends that
the models keep only in `additional_properties`.

A difference the spec's stated view (`runtime.inferred.stated_view`: what the vendor's documents
say, without our `x-inferred` constraints) does not show is `inferred`: the vendor broke only
our inference, so the spec is what should change (`label_inferred`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..runtime.mismatch import value_kind
from .schemas import SchemaView, declared_types

KINDS = (
    "status",
    "missing_field",
    "extra_field",
    "type",
    "null",
    "unknown_enum",
    "missing_header",
    "rate_limited",
)
NOTE_KINDS = ("undeclared_field",)


@dataclass(frozen=True, slots=True)
class Difference:
    """One difference: which operation, what kind, where (`body.data.id`, a header), and why."""

    operation: str
    kind: str
    where: str
    detail: str
    inferred: bool = False  # breaks only a constraint the spec marks x-inferred

    @property
    def is_note(self) -> bool:
        return self.kind in NOTE_KINDS

    @property
    def basis(self) -> str:
        """What the broken constraint rests on: the vendor's documents, or our inference."""
        return "inferred" if self.inferred else "stated"


def label_inferred(full: list[Difference], stated: list[Difference]) -> list[Difference]:
    """`full` (against the whole spec) with each difference the stated view does not share
    marked `inferred`. Same response, two walks: a difference is shared when its kind and place
    are."""
    shared = {(d.kind, d.where) for d in stated}
    return [d if (d.kind, d.where) in shared else replace(d, inferred=True) for d in full]


def _type_fits(kind: str, declared: set[str]) -> bool:
    return kind in declared or (kind == "integer" and "number" in declared)


@dataclass(slots=True)
class _BodyWalk:
    view: SchemaView
    operation: str
    found: list[Difference]

    def add(self, kind: str, where: str, detail: str) -> None:
        self.found.append(Difference(self.operation, kind, where, detail))

    def _schemas(self, schema: Any, value: Any) -> list[Mapping[str, Any]]:
        schemas = list(self.view.applicable(schema, value))
        for composite in list(schemas):
            branches = [self.view.resolve(b) for b in composite.get("oneOf") or ()]
            branches += [self.view.resolve(b) for b in composite.get("anyOf") or ()]
            if branches and not any(self.view.fits(b, value) for b in branches):
                # Nothing fits: walk the closest branch so the report names the fields.
                closest = min(branches, key=lambda b: self.view.error_count(b, value))
                schemas += list(self.view.applicable(closest, value))
        return schemas

    def walk(self, schema: Any, value: Any, where: str) -> None:
        schemas = self._schemas(schema, value)
        declared = declared_types(schemas)
        kind = value_kind(value)
        if declared and not _type_fits(kind, declared):
            if kind == "null":
                self.add("null", where, f"null where the spec declares {_names(declared)}")
            elif kind == "number" and "integer" in declared:
                self.add("type", where, "an integer sent as a JSON float")
            else:
                self.add("type", where, f"{kind} where the spec declares {_names(declared)}")
            return
        for schema_ in schemas:
            enum = schema_.get("enum")
            if isinstance(enum, list) and value not in enum:
                shown = repr(value) if isinstance(value, str) else kind
                self.add("unknown_enum", where, f"{shown} is not one of {enum}")
                break
        if isinstance(value, dict):
            self._object(schemas, value, where)
        elif isinstance(value, list):
            items = [s["items"] for s in schemas if isinstance(s.get("items"), Mapping)]
            if items:
                for n, item in enumerate(value):
                    self.walk(items[0], item, f"{where}[{n}]")

    def _object(self, schemas: list[Mapping[str, Any]], value: dict[str, Any], where: str) -> None:
        properties: dict[str, Any] = {}
        required: set[str] = set()
        open_map: Any = None
        closed = False
        for schema in schemas:
            for name, sub in (schema.get("properties") or {}).items():
                properties.setdefault(name, sub)
            required.update(schema.get("required") or ())
            extra = schema.get("additionalProperties")
            closed = closed or extra is False or schema.get("unevaluatedProperties") is False
            if isinstance(extra, Mapping) or schema.get("patternProperties"):
                open_map = extra if isinstance(extra, Mapping) else {}
        for name in sorted(required - set(value)):
            self.add("missing_field", f"{where}.{name}", "required by the spec, absent")
        for name, item in value.items():
            if name in properties:
                self.walk(properties[name], item, f"{where}.{name}")
            elif open_map is not None:
                self.walk(open_map, item, f"{where}.{name}")
            elif properties:
                kind = "extra_field" if closed else "undeclared_field"
                self.add(kind, f"{where}.{name}", f"undeclared field ({value_kind(item)})")


def _names(kinds: set[str]) -> str:
    return " or ".join(sorted(kinds))


def _header_value_fits(schema: Mapping[str, Any], text: str) -> bool:
    kinds = declared_types([schema])
    if not kinds or "string" in kinds:
        return True
    if "integer" in kinds:
        try:
            int(text.strip())
            return True
        except ValueError:
            return False
    if "number" in kinds:
        try:
            float(text.strip())
            return True
        except ValueError:
            return False
    if "boolean" in kinds:
        return text.strip().lower() in ("true", "false")
    return True


def _declared_status(responses: Mapping[str, Any], status: int) -> bool:
    return str(status) in responses or f"{status // 100}XX" in responses or "default" in responses


def response_differences(
    view: SchemaView,
    operation: Mapping[str, Any],
    status: int,
    headers: Mapping[str, str],
    body: Any,
) -> list[Difference]:
    """How one response (headers: case-insensitive mapping; body: parsed JSON) strays."""
    operation_id = str(operation.get("operationId", "?"))
    found: list[Difference] = []
    responses = operation.get("responses") or {}
    if status == 429:
        found.append(Difference(operation_id, "rate_limited", "status", "answered 429"))
        return found
    if not _declared_status(responses, status):
        declared = ", ".join(str(code) for code in responses)
        found.append(
            Difference(operation_id, "status", "status", f"{status} is undeclared ({declared})")
        )
    elif not 200 <= status < 300:
        found.append(Difference(operation_id, "status", "status", f"{status}: not a success"))
    declared_headers, schema = view.response(operation, status)
    for name, header in declared_headers.items():
        header = view.resolve(header)
        text = headers.get(name)
        if text is None:
            found.append(Difference(operation_id, "missing_header", f"header {name}", "absent"))
        elif not _header_value_fits(view.resolve(header.get("schema") or {}), text):
            wanted = _names(declared_types([view.resolve(header.get("schema") or {})]))
            found.append(Difference(operation_id, "type", f"header {name}", f"not {wanted}"))
    if schema is not None and body is not None:
        _BodyWalk(view, operation_id, found).walk(schema, body, "body")
    return found
