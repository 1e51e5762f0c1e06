"""The template context our custom templates read (the generator's own context has no policy)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .policy_extract import default_base_url, extract_policy
from .runtime.operations import iter_operations
from .runtime.refs import resolve
from .vendors import Vendor

PARSERS = {"integer": "parse_int", "number": "parse_float", "boolean": "parse_bool"}


@dataclass(frozen=True, slots=True)
class DeclaredHeader:
    """A response header the spec declares, and how to parse it."""

    name: str
    attribute: str
    python_type: str
    parser: str
    description: str


@dataclass(frozen=True, slots=True)
class GenerationContext:
    """Everything our templates need beyond what openapi-python-client hands them."""

    vendor: Vendor
    version: str
    base_url: str
    policy: dict[str, Any]
    headers: tuple[DeclaredHeader, ...]
    operations: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_template_globals(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor.name,
            "display_name": self.vendor.display_name,
            "package_name": self.vendor.package_name,
            "project_name": self.vendor.project_name,
            "demo": self.vendor.demo,
            "version": self.version,
            "base_url": self.base_url,
            "policy": self.policy,
            "headers": self.headers,
            "operations": self.operations,
        }


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")


def _schema_type(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind)


def declared_headers(spec: Mapping[str, Any]) -> tuple[DeclaredHeader, ...]:
    """Every response header declared anywhere in the spec, sorted by name."""
    found: dict[str, DeclaredHeader] = {}
    responses: list[Mapping[str, Any]] = list(
        spec.get("components", {}).get("responses", {}).values()
    )
    for _path, _method, op in iter_operations(spec):
        responses.extend(op.get("responses", {}).values())
    for response in responses:
        for name, header in resolve(spec, response).get("headers", {}).items():
            key = name.lower()
            if key in found:
                continue
            header = resolve(spec, header)
            schema = resolve(spec, header.get("schema", {}))
            kind = _schema_type(schema)
            if key == "retry-after":
                python_type, parser = "float", "parse_retry_after_header"
            elif kind in PARSERS:
                python_type = {"integer": "int", "number": "float", "boolean": "bool"}[kind]
                parser = PARSERS[kind]
            else:
                python_type, parser = "str", "parse_str"
            description = " ".join(str(header.get("description", "")).split())
            found[key] = DeclaredHeader(name, _snake(name), python_type, parser, description)
    return tuple(sorted(found.values(), key=lambda h: h.attribute))


def build_context(vendor: Vendor, spec: Mapping[str, Any], version: str) -> GenerationContext:
    """`version` is the package's (from its lock, see versioning.py), not info.version."""
    policy = extract_policy(spec, vendor.name)
    return GenerationContext(
        vendor=vendor,
        version=version,
        base_url=default_base_url(spec),
        policy=policy,
        headers=declared_headers(spec),
        operations=policy["operations"],
    )
