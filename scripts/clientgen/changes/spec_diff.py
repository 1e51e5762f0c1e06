"""Spec-level diff of two resolved specs, each change classified for a user of the package.

Direction decides: what the user sends (request bodies, parameters) may only grow more permissive,
what the user receives (response bodies, headers) may only grow more precise. The rules, and which
policy changes count as breaking, are listed in docs/versioning.md; tests/unit/changes/ holds a
mutation corpus with one case per rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..runtime.operations import iter_operations
from ..runtime.refs import resolve
from ..runtime.vocabulary import AUTH, EXTENSIONS
from ..runtime.vocabulary import PAGINATION as PAGING
from ..versioning import Level
from .model import Change

REQUEST, RESPONSE = "request", "response"
# Formats openapi-python-client maps to a Python type other than str: changing one changes a type.
TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
# Keyword -> which way a larger value moves: "looser" (maxLength 10 -> 20 accepts more) or
# "tighter" (minLength 1 -> 2 accepts less).
BOUNDS = {
    "maxLength": "looser",
    "maximum": "looser",
    "exclusiveMaximum": "looser",
    "maxItems": "looser",
    "maxProperties": "looser",
    "minLength": "tighter",
    "minimum": "tighter",
    "exclusiveMinimum": "tighter",
    "minItems": "tighter",
    "minProperties": "tighter",
}
# The policy the report follows, by the vocabulary's own names (auth is compared with security).
OP_POLICY = tuple(e.name for e in EXTENSIONS if e.where == "operation" and e is not PAGING)
ROOT_POLICY = tuple(e.name for e in EXTENSIONS if e.where == "document" and e is not AUTH)
PAGINATION = PAGING.name
PAGINATION_SHAPE = ("style", "items_field")  # change what iter_items yields or how it pages


@dataclass(frozen=True, slots=True)
class Site:
    """Where a schema sits: its place in the report, and whether the user sends or receives it."""

    where: str
    direction: str

    @property
    def sends(self) -> bool:
        return self.direction == REQUEST

    def widened(self) -> Level:
        """More values allowed: more the user may send (minor), more they must handle (major)."""
        return Level.MINOR if self.sends else Level.MAJOR

    def narrowed(self) -> Level:
        """Fewer values allowed: less the user may send (major), less to handle (minor)."""
        return Level.MAJOR if self.sends else Level.MINOR

    def __str__(self) -> str:
        return f"{self.direction} {self.where}"


def _types(schema: Mapping[str, Any]) -> frozenset[str]:
    kind = schema.get("type")
    if kind is None:
        if "properties" in schema:
            kinds = {"object"}
        elif any(k in schema for k in ("oneOf", "anyOf", "enum", "const")):
            return frozenset()  # described by its variants or values, compared there
        else:
            kinds = {"any"}
    else:
        kinds = {kind} if isinstance(kind, str) else set(kind)
    if schema.get("nullable") is True:
        kinds.add("null")
    return frozenset(kinds)


def _accepts(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Does a value of any type in `narrow` also fit `wide` (integer fits number, all fit any)?"""
    if "any" in wide:
        return True
    return all(k in wide or (k == "integer" and "number" in wide) for k in narrow)


def _values(schema: Mapping[str, Any]) -> frozenset[str] | None:
    if "enum" in schema:
        return frozenset(repr(v) for v in schema["enum"])
    if "const" in schema:
        return frozenset({repr(schema["const"])})
    return None


def _variant_key(spec: Mapping[str, Any], schema: Mapping[str, Any], index: int) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    resolved = resolve(spec, schema)
    kinds = sorted(_types(resolved))
    return "|".join(kinds) if kinds else f"#{index}"


class SpecDiff:
    """Walks two resolved specs side by side and collects classified changes."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._seen: set[tuple[str, str, str]] = set()

    def add(self, level: Level, kind: str, where: str, detail: str) -> None:
        self.changes.append(Change(level, kind, where, detail))

    def run(self) -> list[Change]:
        self._root()
        self._components()
        self._operations()
        return self.changes

    # -- document level -------------------------------------------------------------------------

    def _root(self) -> None:
        old_servers = [s.get("url") for s in self.old.get("servers", [])]
        new_servers = [s.get("url") for s in self.new.get("servers", [])]
        if old_servers != new_servers:
            self.add(
                Level.MAJOR,
                "servers-changed",
                "servers",
                f"servers {old_servers} -> {new_servers}: the default base URL may differ",
            )
        old_auth = self._auth(self.old, self.old)
        new_auth = self._auth(self.new, self.new)
        if old_auth != new_auth:
            self.add(Level.MAJOR, "auth-changed", "security", f"auth {old_auth} -> {new_auth}")
        for key in ROOT_POLICY:
            if self.old.get(key) != self.new.get(key):
                self.add(
                    Level.PATCH,
                    "policy-changed",
                    key,
                    f"{key} {self.old.get(key)} -> {self.new.get(key)}",
                )

    @staticmethod
    def _auth(spec: Mapping[str, Any], holder: Mapping[str, Any]) -> dict[str, Any]:
        """The security requirement in force at `holder` (root or operation), schemes resolved."""
        schemes = spec.get("components", {}).get("securitySchemes", {})
        requirements = holder.get("security", spec.get("security", []))
        return {
            "requirements": sorted(
                [sorted((name, sorted(scopes)) for name, scopes in r.items()) for r in requirements]
            ),
            "schemes": {
                name: schemes.get(name)
                for requirement in requirements
                for name in sorted(requirement)
            },
            AUTH.name: spec.get(AUTH.name),
        }

    def _components(self) -> None:
        old = self.old.get("components", {}).get("schemas", {})
        new = self.new.get("components", {}).get("schemas", {})
        for name in sorted(old.keys() - new.keys()):
            self.add(Level.MAJOR, "model-removed", name, f"model {name} removed")
        for name in sorted(new.keys() - old.keys()):
            self.add(Level.MINOR, "model-added", name, f"model {name} added")

    # -- operations -----------------------------------------------------------------------------

    @staticmethod
    def _index(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, Mapping[str, Any]]]:
        found = {}
        for path, method, op in iter_operations(spec):
            found[str(op.get("operationId", f"{method.upper()} {path}"))] = (path, method, op)
        return found

    def _operations(self) -> None:
        old, new = self._index(self.old), self._index(self.new)
        new_only = {(new[n][0], new[n][1]): n for n in sorted(new.keys() - old.keys())}
        renamed: set[str] = set()
        for name in sorted(old.keys() - new.keys()):
            path, method, _ = old[name]
            route = f"{method.upper()} {path}"
            successor = new_only.get((path, method))
            if successor:
                renamed.add(successor)
                detail = f"operation {name} ({route}) renamed to {successor}"
                self.add(Level.MAJOR, "operation-renamed", name, detail)
            else:
                self.add(
                    Level.MAJOR, "operation-removed", name, f"operation {name} ({route}) removed"
                )
        for name in sorted(new.keys() - old.keys() - renamed):
            path, method, _ = new[name]
            detail = f"operation {name} ({method.upper()} {path}) added"
            self.add(Level.MINOR, "operation-added", name, detail)
        for name in sorted(old.keys() & new.keys()):
            self._operation(name, old[name], new[name])

    def _operation(
        self,
        name: str,
        old: tuple[str, str, Mapping[str, Any]],
        new: tuple[str, str, Mapping[str, Any]],
    ) -> None:
        (old_path, old_method, old_op), (new_path, new_method, new_op) = old, new
        if (old_path, old_method) != (new_path, new_method):
            self.add(
                Level.PATCH,
                "operation-moved",
                name,
                f"operation {name} now calls {new_method.upper()} {new_path} "
                f"(was {old_method.upper()} {old_path}); its Python name is unchanged",
            )
        old_tag = (old_op.get("tags") or ["default"])[0]
        new_tag = (new_op.get("tags") or ["default"])[0]
        if old_tag != new_tag:
            self.add(
                Level.MAJOR,
                "operation-module-moved",
                name,
                f"operation {name} moved from api.{old_tag} to api.{new_tag} (import path changes)",
            )
        for key in ("summary", "description"):
            if old_op.get(key) != new_op.get(key):
                self.add(Level.PATCH, "docs-changed", name, f"operation {name}: {key} changed")
        if self._auth(self.old, old_op) != self._auth(self.new, new_op):
            self.add(Level.MAJOR, "auth-changed", name, f"operation {name}: security changed")
        self._policy(name, old_op, new_op)
        old_params = self._parameters(self.old, old_path, old_op)
        new_params = self._parameters(self.new, new_path, new_op)
        self._parameter_changes(name, old_params, new_params)
        self._request_body(name, old_op, new_op)
        self._responses(name, old_op, new_op)

    def _policy(self, name: str, old_op: Mapping[str, Any], new_op: Mapping[str, Any]) -> None:
        for key in OP_POLICY:
            if old_op.get(key) != new_op.get(key):
                detail = f"operation {name}: {key} {old_op.get(key)} -> {new_op.get(key)}"
                self.add(Level.PATCH, "policy-changed", name, detail)
        old_page, new_page = old_op.get(PAGINATION), new_op.get(PAGINATION)
        if old_page == new_page:
            return
        if old_page is None:
            self.add(
                Level.MINOR,
                "pagination-added",
                name,
                f"operation {name}: pagination helpers (iter_pages/iter_items) added",
            )
        elif new_page is None:
            self.add(
                Level.MAJOR,
                "pagination-removed",
                name,
                f"operation {name}: pagination helpers (iter_pages/iter_items) removed",
            )
        elif any(old_page.get(k) != new_page.get(k) for k in PAGINATION_SHAPE):
            self.add(
                Level.MAJOR,
                "pagination-changed",
                name,
                f"operation {name}: pagination {old_page} -> {new_page} (what iter_items yields)",
            )
        else:
            self.add(
                Level.PATCH,
                "policy-changed",
                name,
                f"operation {name}: pagination {old_page} -> {new_page}",
            )

    @staticmethod
    def _parameters(
        spec: Mapping[str, Any], path: str, op: Mapping[str, Any]
    ) -> dict[tuple[str, str], Mapping[str, Any]]:
        params: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
            param = resolve(spec, raw)
            params[(str(param.get("in")), str(param.get("name")))] = param
        return params

    def _parameter_changes(
        self,
        name: str,
        old: dict[tuple[str, str], Mapping[str, Any]],
        new: dict[tuple[str, str], Mapping[str, Any]],
    ) -> None:
        for key in sorted(old.keys() - new.keys()):
            where = f"{name}({key[1]})"
            self.add(Level.MAJOR, "parameter-removed", where, f"{key[0]} parameter {where} removed")
        for key in sorted(new.keys() - old.keys()):
            where = f"{name}({key[1]})"
            if new[key].get("required"):
                self.add(
                    Level.MAJOR,
                    "parameter-added-required",
                    where,
                    f"required {key[0]} parameter {where} added",
                )
            else:
                self.add(
                    Level.MINOR,
                    "parameter-added-optional",
                    where,
                    f"optional {key[0]} parameter {where} added",
                )
        for key in sorted(old.keys() & new.keys()):
            where = f"{name}({key[1]})"
            was, now = bool(old[key].get("required")), bool(new[key].get("required"))
            if was != now:
                level = Level.MAJOR if now else Level.MINOR
                state = "required" if now else "optional"
                self.add(level, "parameter-required-changed", where, f"{where} is now {state}")
            self._schema(
                old[key].get("schema", {}),
                new[key].get("schema", {}),
                REQUEST,
                f"parameter {where}",
            )

    @staticmethod
    def _json_schema(holder: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
        return {media: body.get("schema", {}) for media, body in holder.get("content", {}).items()}

    def _request_body(
        self, name: str, old_op: Mapping[str, Any], new_op: Mapping[str, Any]
    ) -> None:
        old_body = resolve(self.old, old_op.get("requestBody", {}))
        new_body = resolve(self.new, new_op.get("requestBody", {}))
        where = f"{name} request body"
        if old_body and not new_body:
            self.add(Level.MAJOR, "request-body-removed", where, f"{where} removed")
            return
        if new_body and not old_body:
            required = bool(new_body.get("required"))
            level = Level.MAJOR if required else Level.MINOR
            state = "required" if required else "optional"
            self.add(level, "request-body-added", where, f"{state} {where} added")
            return
        if not old_body:
            return
        if bool(old_body.get("required")) != bool(new_body.get("required")):
            now = bool(new_body.get("required"))
            level = Level.MAJOR if now else Level.MINOR
            self.add(level, "request-body-required-changed", where, f"{where} required: {now}")
        self._media(self._json_schema(old_body), self._json_schema(new_body), REQUEST, where)

    def _media(
        self,
        old: dict[str, Mapping[str, Any]],
        new: dict[str, Mapping[str, Any]],
        direction: str,
        where: str,
    ) -> None:
        for media in sorted(old.keys() - new.keys()):
            self.add(Level.MAJOR, "media-type-removed", where, f"{where}: {media} removed")
        for media in sorted(new.keys() - old.keys()):
            # A new request encoding is one more way to call; a new response encoding is one more
            # shape the user must handle.
            level = Level.MINOR if direction == REQUEST else Level.MAJOR
            self.add(level, "media-type-added", where, f"{where}: {media} added")
        for media in sorted(old.keys() & new.keys()):
            self._schema(old[media], new[media], direction, where)

    def _responses(self, name: str, old_op: Mapping[str, Any], new_op: Mapping[str, Any]) -> None:
        old, new = old_op.get("responses", {}), new_op.get("responses", {})
        for status in sorted(old.keys() - new.keys()):
            where = f"{name} {status}"
            self.add(Level.MAJOR, "status-removed", where, f"{where} response removed")
        for status in sorted(new.keys() - old.keys()):
            where = f"{name} {status}"
            self.add(Level.MINOR, "status-added", where, f"{where} response added")
        for status in sorted(old.keys() & new.keys()):
            where = f"{name} {status}"
            old_r = resolve(self.old, old[status])
            new_r = resolve(self.new, new[status])
            self._headers(where, old_r.get("headers", {}), new_r.get("headers", {}))
            self._media(self._json_schema(old_r), self._json_schema(new_r), RESPONSE, where)

    def _headers(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        old_names = {k.lower(): k for k in old}
        new_names = {k.lower(): k for k in new}
        # A removed header is a removed `ResponseHeaders` attribute; a new one is a new attribute.
        for gone, here, level, verb in (
            (old_names, new_names, Level.MAJOR, "removed"),
            (new_names, old_names, Level.MINOR, "added"),
        ):
            for key in sorted(gone.keys() - here.keys()):
                header = gone[key]
                detail = f"{where}: response header {header} {verb}"
                self.add(level, f"response-header-{verb}", f"{where} {header}", detail)
        for key in sorted(old_names.keys() & new_names.keys()):
            old_h = resolve(self.old, old[old_names[key]])
            new_h = resolve(self.new, new[new_names[key]])
            self._schema(
                old_h.get("schema", {}),
                new_h.get("schema", {}),
                RESPONSE,
                f"{where} header {new_names[key]}",
            )

    # -- schemas --------------------------------------------------------------------------------

    def _flatten(self, spec: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
        """Resolve refs and merge allOf members, so a refactor into allOf reports nothing."""
        schema = resolve(spec, schema)
        if "allOf" not in schema:
            return dict(schema)
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(merged.get("properties", {}))
        required: list[str] = list(merged.get("required", []))
        for member in schema["allOf"]:
            part = self._flatten(spec, member)
            properties.update(part.pop("properties", {}))
            required.extend(part.pop("required", []))
            for key, value in part.items():
                merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = sorted(set(required))
        return merged

    def _schema(
        self, old_raw: Mapping[str, Any], new_raw: Mapping[str, Any], direction: str, where: str
    ) -> None:
        old_ref, new_ref = old_raw.get("$ref"), new_raw.get("$ref")
        if old_ref and new_ref and old_ref == new_ref:
            where = str(new_ref).rsplit("/", 1)[-1]  # a named model: report it once, by name
            key = (where, direction, str(new_ref))
            if key in self._seen:
                return
            self._seen.add(key)
        site = Site(where, direction)
        old, new = self._flatten(self.old, old_raw), self._flatten(self.new, new_raw)
        self._type(old, new, site)
        self._enum(old, new, site)
        self._format(old, new, site)
        self._bounds(old, new, site)
        if old.get("default") != new.get("default"):
            # A request default is what the client sends when the caller says nothing.
            level = Level.MAJOR if site.sends else Level.PATCH
            detail = f"{site}: default {old.get('default')!r} -> {new.get('default')!r}"
            self.add(level, "default-changed", where, detail)
        if old.get("description") != new.get("description"):
            self.add(Level.PATCH, "docs-changed", where, f"{site}: description changed")
        self._properties(old, new, site)
        if "items" in old or "items" in new:
            self._schema(old.get("items", {}), new.get("items", {}), direction, f"{where}[]")
        for keyword in ("oneOf", "anyOf"):
            if keyword in old or keyword in new:
                self._variants(old.get(keyword, []), new.get(keyword, []), site)

    def _type(self, old: Mapping[str, Any], new: Mapping[str, Any], site: Site) -> None:
        old_t, new_t = _types(old), _types(new)
        if old_t == new_t or not old_t or not new_t:
            return
        detail = f"{site}: type {sorted(old_t)} -> {sorted(new_t)}"
        if _accepts(new_t, old_t):
            self.add(site.widened(), "type-widened", site.where, detail)
        elif _accepts(old_t, new_t):
            self.add(site.narrowed(), "type-narrowed", site.where, detail)
        else:
            self.add(Level.MAJOR, "type-changed", site.where, detail)

    def _enum(self, old: Mapping[str, Any], new: Mapping[str, Any], site: Site) -> None:
        old_v, new_v = _values(old), _values(new)
        if old_v == new_v:
            return
        if old_v is None or new_v is None:
            # An enum appearing narrows the values, disappearing widens them.
            anything = frozenset({"any value"})
            added, removed = (frozenset(), anything) if old_v is None else (anything, frozenset())
        else:
            added, removed = new_v - old_v, old_v - new_v
        # A new value in a response is one the user's code never had to handle.
        if added:
            detail = f"{site}: enum value(s) {', '.join(sorted(added))} added"
            self.add(site.widened(), "enum-value-added", site.where, detail)
        if removed:
            detail = f"{site}: enum value(s) {', '.join(sorted(removed))} removed"
            self.add(site.narrowed(), "enum-value-removed", site.where, detail)

    def _format(self, old: Mapping[str, Any], new: Mapping[str, Any], site: Site) -> None:
        old_f, new_f = old.get("format"), new.get("format")
        if old_f == new_f:
            return
        typed = bool({old_f, new_f} & TYPED_FORMATS)
        detail = f"{site}: format {old_f!r} -> {new_f!r}"
        level = Level.MAJOR if typed else Level.PATCH
        self.add(
            level, "format-changed", site.where, detail + (" (a type change)" if typed else "")
        )

    def _bounds(self, old: Mapping[str, Any], new: Mapping[str, Any], site: Site) -> None:
        for keyword, larger in BOUNDS.items():
            before, after = old.get(keyword), new.get(keyword)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            if before is None or after is None:
                tighter = before is None  # a bound appearing restricts, disappearing relaxes
            else:
                tighter = (after > before) == (larger == "tighter")
            self._bound_change(site, tighter, f"{keyword} {before} -> {after}")
        if old.get("pattern") != new.get("pattern"):
            tighter = new.get("pattern") is not None
            self._bound_change(
                site, tighter, f"pattern {old.get('pattern')!r} -> {new.get('pattern')!r}"
            )

    def _bound_change(self, site: Site, tighter: bool, what: str) -> None:
        # Responses are parsed tolerantly (never validated), so a response bound is documentation;
        # a request bound the runtime enforces, so a tighter one can refuse a call that worked.
        enforced = site.narrowed() if tighter else site.widened()
        level = enforced if site.sends else Level.PATCH
        kind = "constraint-tightened" if tighter else "constraint-relaxed"
        self.add(level, kind, site.where, f"{site}: {what}")

    def _properties(self, old: Mapping[str, Any], new: Mapping[str, Any], site: Site) -> None:
        old_p, new_p = old.get("properties", {}), new.get("properties", {})
        old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
        direction = site.direction
        for prop in sorted(old_p.keys() - new_p.keys()):
            where = f"{site.where}.{prop}"
            self.add(
                Level.MAJOR,
                f"{direction}-field-removed",
                where,
                f"{direction} field {where} removed",
            )
        for prop in sorted(new_p.keys() - old_p.keys()):
            where, required = f"{site.where}.{prop}", prop in new_req
            must_send = site.sends and required
            state = "required" if required else "optional"
            self.add(
                Level.MAJOR if must_send else Level.MINOR,
                f"{direction}-field-added" + ("-required" if must_send else ""),
                where,
                f"{state} {direction} field {where} added",
            )
        for prop in sorted(old_p.keys() & new_p.keys()):
            where = f"{site.where}.{prop}"
            was, now = prop in old_req, prop in new_req
            if was != now:
                # Sending: a newly required field must be passed. Receiving: a field that may now
                # be absent turns `x` into `x | Unset` for every reader.
                breaking = now if site.sends else was
                self.add(
                    Level.MAJOR if breaking else Level.MINOR,
                    f"{direction}-field-required-changed",
                    where,
                    f"{direction} field {where} is now {'required' if now else 'optional'}",
                )
            self._schema(old_p[prop], new_p[prop], direction, where)

    def _variants(
        self, old: list[Mapping[str, Any]], new: list[Mapping[str, Any]], site: Site
    ) -> None:
        old_v = {_variant_key(self.old, s, i): s for i, s in enumerate(old)}
        new_v = {_variant_key(self.new, s, i): s for i, s in enumerate(new)}
        for key in sorted(new_v.keys() - old_v.keys()):
            self.add(site.widened(), "variant-added", site.where, f"{site}: variant {key} added")
        for key in sorted(old_v.keys() - new_v.keys()):
            detail = f"{site}: variant {key} removed"
            self.add(site.narrowed(), "variant-removed", site.where, detail)
        for key in sorted(old_v.keys() & new_v.keys()):
            self._schema(old_v[key], new_v[key], site.direction, site.where)


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every classified change from resolved spec `old` to resolved spec `new`."""
    return SpecDiff(old, new).run()
