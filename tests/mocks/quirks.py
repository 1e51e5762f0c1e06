"""Realistic-vendor mode: answers that stray from the spec the way real servers do, seeded.

Off by default. `MockConfig(quirks=Quirks.parse("all"))` or `python -m mocks duoplane --quirks
all` (or a comma list, e.g. `nulls,header_case,seed=7`). Each quirk rewrites the wire bytes of a
response after the mock built (and, with `validate_responses`, checked) it, so the plain mock
still matches the spec exactly while this mode deliberately does not:

- nulls: every property the schema declares but the body left out is sent as `null`.
- extra_fields: every object gets one field its schema does not declare (seeded name, value).
- unknown_enum: one enum-typed string in the body gets a value the spec does not list.
- write_status: a write answers 201 where the operation declares only 200, 200 where only 201.
- header_case: every header name in a seeded mix of upper and lower case.
- drop_optional_headers: every header the response declares but does not require is left out.
- int_as_float: numbers the schema types as integers are sent as JSON floats (`40.0`).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

QUIRKS = (
    "nulls",
    "extra_fields",
    "unknown_enum",
    "write_status",
    "header_case",
    "drop_optional_headers",
    "int_as_float",
)
_SPEC_URI = "urn:mock-spec"
_WRITE_STATUS_SWAP = {200: 201, 201: 200}
_EXTRA_VALUES: tuple[Any, ...] = ("quirk", 7, 2.5, True, {"nested": "quirk"}, ["quirk"])
UNKNOWN_ENUM_PREFIX = "QUIRK_UNKNOWN_"
EXTRA_FIELD_PREFIX = "quirk_"


@dataclass(frozen=True, slots=True)
class Quirks:
    """Which quirks are on, and the seed every choice they make is drawn from."""

    enabled: frozenset[str] = frozenset()
    seed: int = 0

    def __post_init__(self) -> None:
        unknown = sorted(self.enabled - set(QUIRKS))
        if unknown:
            raise ValueError(f"quirks: unknown quirk(s) {unknown}; known: all, {', '.join(QUIRKS)}")

    @classmethod
    def all(cls, seed: int = 0) -> Quirks:
        return cls(frozenset(QUIRKS), seed)

    @classmethod
    def parse(cls, text: str) -> Quirks:
        """`all`, `nulls,header_case` or either with `seed=N` (the CLI's --quirks) -> Quirks."""
        names: set[str] = set()
        seed = 0
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, sep, raw = item.partition("=")
            if sep and name.strip() == "seed":
                try:
                    seed = int(raw)
                except ValueError:
                    raise ValueError(f"quirks: seed must be an integer, got {raw!r}") from None
            elif item == "all":
                names.update(QUIRKS)
            else:
                names.add(item)
        return cls(frozenset(names), seed)

    def __bool__(self) -> bool:
        return bool(self.enabled)


@dataclass(slots=True)
class Wire:
    """A response as it goes out: status, header pairs (names as sent) and body bytes."""

    status: int
    headers: list[tuple[str, str]]
    content: bytes


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
        for _ in range(20):
            if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
                return node
            target: Any = self.spec
            for part in str(node["$ref"]).split("#/", 1)[1].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def fits(self, schema: Any, value: Any) -> bool:
        validator = Draft202012Validator(schema, registry=self._registry)
        return bool(validator.is_valid(value))

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
        """(declared headers, JSON body schema or None) of `operation`'s answer `status`."""
        responses = operation.get("responses") or {}
        found = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
        found = self.resolve(found or responses.get("default") or {})
        content = (found.get("content") or {}).get("application/json") or {}
        return found.get("headers") or {}, content.get("schema")


def _types(schemas: list[Mapping[str, Any]]) -> set[str]:
    kinds: set[str] = set()
    for schema in schemas:
        kind = schema.get("type")
        kinds.update(kind if isinstance(kind, list) else [kind] if kind else [])
    return kinds


@dataclass(slots=True)
class _BodyRewrite:
    """One walk over a body along its schema, applying the body quirks."""

    view: SchemaView
    enabled: frozenset[str]
    rng: random.Random
    enum_sites: list[tuple[Any, Any]] = field(default_factory=list)  # (container, key)

    def walk(self, schema: Any, value: Any) -> Any:
        if value is None or schema is None:
            return value
        schemas = list(self.view.applicable(schema, value))
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and "int_as_float" in self.enabled:
            if "integer" in _types(schemas):
                return float(value)
            return value
        if isinstance(value, dict):
            return self._object(schemas, value)
        if isinstance(value, list):
            items = [s["items"] for s in schemas if isinstance(s.get("items"), Mapping)]
            return [self.walk(items[0] if items else None, item) for item in value]
        return value

    def _object(self, schemas: list[Mapping[str, Any]], value: dict[str, Any]) -> dict[str, Any]:
        declared: dict[str, Any] = {}
        for schema in schemas:
            for name, sub in (schema.get("properties") or {}).items():
                declared.setdefault(name, sub)
        out: dict[str, Any] = {}
        for name, item in value.items():
            out[name] = self.walk(declared.get(name), item)
            if isinstance(item, str) and self._is_enum(declared.get(name), item):
                self.enum_sites.append((out, name))
        if "nulls" in self.enabled:
            for name in declared:
                out.setdefault(name, None)
        if "extra_fields" in self.enabled:
            name = f"{EXTRA_FIELD_PREFIX}{self.rng.randrange(10_000)}"
            if name not in out:
                out[name] = self.rng.choice(_EXTRA_VALUES)
        return out

    def _is_enum(self, schema: Any, value: str) -> bool:
        if schema is None:
            return False
        return any(
            isinstance(s.get("enum"), list) and value in s["enum"]
            for s in self.view.applicable(schema, value)
        )

    def unknown_enum(self) -> None:
        if "unknown_enum" in self.enabled and self.enum_sites:
            container, key = self.rng.choice(self.enum_sites)
            container[key] = f"{UNKNOWN_ENUM_PREFIX}{self.rng.randrange(10_000)}"


def _recase(name: str, rng: random.Random) -> str:
    """`name` with each letter's case drawn from `rng`; never all lower case."""
    letters = [c.upper() if rng.random() < 0.5 else c.lower() for c in name]
    recased = "".join(letters)
    if recased == name.lower():
        recased = name.upper()
    return recased


class QuirkApplier:
    """Rewrites responses for one app; its random stream restarts on `reset`."""

    def __init__(self, quirks: Quirks, spec: Mapping[str, Any]) -> None:
        self.quirks = quirks
        self.view = SchemaView(spec) if quirks else None
        self._rng = random.Random(quirks.seed)
        self.applied = 0

    def reset(self) -> None:
        self._rng = random.Random(self.quirks.seed)
        self.applied = 0

    def apply(self, operation: Mapping[str, Any] | None, method: str, wire: Wire) -> Wire:
        """`wire` with the enabled quirks applied (unchanged when off or outside the spec)."""
        if self.view is None or operation is None:
            return wire
        self.applied += 1
        rng = random.Random(self._rng.random())
        enabled = self.quirks.enabled
        declared_headers, schema = self.view.response(operation, wire.status)
        content = wire.content
        if content and schema is not None:
            body = json.loads(content)
            rewrite = _BodyRewrite(self.view, enabled, rng)
            body = rewrite.walk(schema, body)
            rewrite.unknown_enum()
            content = json.dumps(body, ensure_ascii=False).encode()
        headers = wire.headers
        if "drop_optional_headers" in enabled:
            optional = {
                name.lower()
                for name, header in declared_headers.items()
                if not self.view.resolve(header).get("required", False)
            }
            headers = [(k, v) for k, v in headers if k.lower() not in optional]
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        headers.append(("content-length", str(len(content))))
        if "header_case" in enabled:
            headers = [(_recase(k, rng), v) for k, v in headers]
        status = wire.status
        swapped = _WRITE_STATUS_SWAP.get(status)
        declared = {str(code) for code in operation.get("responses") or {}}
        if (
            "write_status" in enabled
            and method != "GET"
            and swapped
            and str(swapped) not in declared
        ):
            status = swapped
        return Wire(status, headers, content)
