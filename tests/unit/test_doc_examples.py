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
from clientgen.runtime.refs import resolve
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


def _branches(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The schema and every allOf/anyOf/oneOf branch under it, refs resolved."""
    schema = resolve(spec, schema)
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


def json_examples(doc_text: str) -> dict[int, Any]:
    """Every JSON object or array in a doc that starts a line, by 1-based line number."""
    found: dict[int, Any] = {}
    lines = doc_text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith(("{", "[")):
            try:
                value, _ = json.JSONDecoder().raw_decode("\n".join(lines[index:]))
            except ValueError:
                continue  # code, not JSON (e.g. a C# block)
            found[index + 1] = value
    return found


@pytest.mark.parametrize(("vendor", "entry"), list(_entries()))
def test_doc_example_fits_spec(vendor: str, entry: Mapping[str, Any]) -> None:
    docs = require_shared("vendor-docs")
    examples = json_examples((docs / entry["doc"]).read_text(encoding="utf-8"))
    assert entry["line"] in examples, (
        f"{entry['doc']}:{entry['line']}: no JSON example starts there"
    )
    spec = load_document(VENDORS[vendor].spec_path)
    schema = resolve(spec, {"$ref": str(entry["schema"])})
    assert check_value(spec, schema, examples[entry["line"]], "$") == []


def test_every_json_example_is_mapped() -> None:
    """No example in the docs escapes the check: each one is in some vendor's map."""
    docs = require_shared("vendor-docs")
    mapped = {
        (entry["doc"], entry["line"])
        for vendor in VENDORS
        for entry in load_document(EXAMPLES_DIR / f"{vendor}.yaml")
    }
    in_docs = {
        (path.name, line)
        for path in sorted(docs.glob("*.txt"))
        for line in json_examples(path.read_text(encoding="utf-8"))
    }
    assert in_docs, "found no JSON examples at all: the scanner is broken"
    assert in_docs - mapped == set()


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
    # An open object that lists properties still has to list every key it is given.
    open_schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    assert check_value(spec, open_schema, {"b": 1}, "$") == ["$.b: not a property in the spec"]
