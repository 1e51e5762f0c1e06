"""Every JSON example in the vendor docs fits the hand-authored spec.

The map tests/doc_examples/<vendor>.yaml says which schema each example shows. For each example
every key must be a property of that schema (or the schema must leave the object open) and every
value's JSON type must be one the schema allows, recursively.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from clientgen.vendors import VENDORS
from clientgen.yamlio import load_document
from shared_paths import REPO_ROOT, require_shared

EXAMPLES_DIR = REPO_ROOT / "tests" / "doc_examples"
JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def _entries() -> Iterator[Any]:
    for vendor in sorted(VENDORS):
        path = EXAMPLES_DIR / f"{vendor}.yaml"
        for index, entry in enumerate(load_document(path) if path.exists() else []):
            label = f"{vendor}[{index}]:{entry.get('what', entry.get('schema', ''))}"
            yield pytest.param(vendor, entry, id=label)


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _branches(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The schema and every allOf/anyOf/oneOf branch under it, refs resolved."""
    schema = _resolve(spec, schema)
    found = [schema]
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, []):
            found.extend(_branches(spec, sub))
    return found


def _types(branch: Mapping[str, Any]) -> set[str]:
    kind = branch.get("type")
    if kind is None:
        return set()
    return set(kind) if isinstance(kind, list) else {kind}


def _type_ok(value: Any, allowed: set[str]) -> bool:
    actual = JSON_TYPES[type(value)]
    if not allowed or actual in allowed:
        return True
    return actual == "integer" and "number" in allowed


def check_value(
    spec: Mapping[str, Any], schema: Mapping[str, Any], value: Any, where: str
) -> list[str]:
    """Problems with `value` against `schema`, each naming the JSON path."""
    branches = _branches(spec, schema)
    allowed = set().union(*(_types(b) for b in branches))
    if "const" in schema or any("enum" in b for b in branches):
        enums = [v for b in branches for v in b.get("enum", [])]
        if enums and value not in enums:
            return [f"{where}: {value!r} is not one of the schema's enum {enums}"]
    if not _type_ok(value, allowed):
        return [f"{where}: JSON {JSON_TYPES[type(value)]} where the spec allows {sorted(allowed)}"]
    problems: list[str] = []
    if isinstance(value, dict):
        properties: dict[str, Any] = {}
        open_object = False
        for branch in branches:
            properties.update(branch.get("properties", {}))
            extra = branch.get("additionalProperties", True)
            composite = any(k in branch for k in ("allOf", "anyOf", "oneOf"))
            # A free-form object (no properties at all) or a map (additionalProperties: schema)
            # takes any key; an open object WITH properties must still list every key we see.
            free_form = extra is not False and not branch.get("properties") and not composite
            open_object = open_object or free_form or isinstance(extra, dict)
        for key, item in value.items():
            if key in properties:
                problems += check_value(spec, properties[key], item, f"{where}.{key}")
            elif not open_object:
                problems.append(f"{where}.{key}: not a property in the spec")
    elif isinstance(value, list):
        item_schemas = [b["items"] for b in branches if "items" in b]
        for index, item in enumerate(value):
            sub_problems = [check_value(spec, s, item, f"{where}[{index}]") for s in item_schemas]
            if sub_problems and all(sub_problems):
                problems += sub_problems[0]
    return problems


def extract_example(doc_text: str, anchor: str, doc: str) -> Any:
    start = doc_text.find(anchor)
    assert start >= 0, f"{doc}: anchor {anchor!r} not found"
    assert doc_text.find(anchor, start + 1) < 0, f"{doc}: anchor {anchor!r} is not unique"
    brace = min(i for i in (doc_text.find("{", start), doc_text.find("[", start)) if i >= 0)
    value, _ = json.JSONDecoder().raw_decode(doc_text[brace:])
    return value


@pytest.mark.parametrize(("vendor", "entry"), list(_entries()))
def test_doc_example_fits_spec(vendor: str, entry: Mapping[str, Any]) -> None:
    docs = require_shared("vendor-docs")
    if "skip" in entry:
        pytest.skip(f"{entry['doc']}: {entry['skip']}")
    text = (docs / entry["doc"]).read_text(encoding="utf-8")
    example = extract_example(text, entry["anchor"], entry["doc"])
    spec = load_document(VENDORS[vendor].spec_path)
    pointer = str(entry["schema"])
    schema = _resolve(spec, {"$ref": pointer})
    assert check_value(spec, schema, example, "$") == []


def test_every_vendor_has_mapped_examples() -> None:
    """The map is not allowed to be empty: each vendor's docs show JSON."""
    require_shared("vendor-docs")
    for vendor in VENDORS:
        path = EXAMPLES_DIR / f"{vendor}.yaml"
        assert path.exists(), f"{path} missing"
        entries = load_document(path)
        assert [e for e in entries if "skip" not in e], f"{path}: no checkable examples"


def test_checker_catches_a_wrong_field_and_type() -> None:
    """The checker itself can fail: an unknown key and a wrong type are reported by path."""
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "n": {"type": "integer"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                }
            }
        }
    }
    schema = spec["components"]["schemas"]["Thing"]
    assert check_value(spec, schema, {"n": 1, "tags": ["a"]}, "$") == []
    problems = check_value(spec, schema, {"n": "x", "bogus": 1, "tags": [3]}, "$")
    assert "$.n: JSON string where the spec allows ['integer']" in problems
    assert "$.bogus: not a property in the spec" in problems
    assert any(p.startswith("$.tags[0]") for p in problems)
