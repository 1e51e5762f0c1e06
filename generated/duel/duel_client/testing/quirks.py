"""Realistic-vendor mode: answers that stray from the spec the way real servers do, seeded.

Off by default. `MockConfig(quirks=Quirks.parse("all"))` or
`python -m clientgen.testing duoplane --quirks all` (or a comma list, e.g.
`nulls,header_case,seed=7`). Each quirk rewrites the wire bytes of a response after the mock
built (and, with `validate_responses`, checked) it, so the plain mock still matches the spec
exactly while this mode deliberately does not:

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
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._schemas import SchemaView, declared_types

QUIRKS = (
    "nulls",
    "extra_fields",
    "unknown_enum",
    "write_status",
    "header_case",
    "drop_optional_headers",
    "int_as_float",
)
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
            if "integer" in declared_types(schemas):
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
        return any(isinstance(s.get("enum"), list) and value in s["enum"] for s in self.view.applicable(schema, value))

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
        if "write_status" in enabled and method != "GET" and swapped and str(swapped) not in declared:
            status = swapped
        return Wire(status, headers, content)
