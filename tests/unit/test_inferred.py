"""The x-inferred marker: what it removes from the stated view, and its effect on requests.

For every markable keyword: a request body (and a query parameter) that breaks the constraint only
where it is marked inferred is sent with a WARNING; the same constraint unmarked is refused before
sending, naming the field and the rule.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import pytest
from clientgen.runtime.errors import RequestValidationError
from clientgen.runtime.inferred import MARKABLE_KEYWORDS, inferred_constraints, stated_view
from clientgen.runtime.refs import lookup
from clientgen.runtime.validation import SpecValidator

ROOT = Path(__file__).resolve().parents[2]

# keyword -> (schema of the field `f` with the constraint, a value breaking it, one keeping it)
CASES: dict[str, tuple[dict[str, Any], object, object]] = {
    "pattern": ({"type": "string", "pattern": "^[a-z]+$"}, "A B", "ab"),
    "format": ({"type": "string", "format": "date-time"}, "2022-12-28", "2022-12-28T10:00:00Z"),
    "minimum": ({"type": "integer", "minimum": 1}, 0, 1),
    "maximum": ({"type": "integer", "maximum": 250}, 251, 250),
    "exclusiveMinimum": ({"type": "number", "exclusiveMinimum": 0}, 0, 0.5),
    "exclusiveMaximum": ({"type": "number", "exclusiveMaximum": 10}, 10, 9.5),
    "minLength": ({"type": "string", "minLength": 2}, "a", "ab"),
    "maxLength": ({"type": "string", "maxLength": 3}, "abcd", "abc"),
    "minItems": ({"type": "array", "items": {"type": "string"}, "minItems": 1}, [], ["a"]),
    "maxItems": ({"type": "array", "items": {"type": "string"}, "maxItems": 1}, ["a", "b"], ["a"]),
    "uniqueItems": (
        {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        ["a", "a"],
        ["a"],
    ),
    "enum": ({"type": "string", "enum": ["A", "B"]}, "C", "A"),
    "const": ({"type": "string", "const": "order"}, "item", "order"),
    "multipleOf": ({"type": "integer", "multipleOf": 5}, 7, 10),
    "minProperties": ({"type": "object", "minProperties": 1}, {}, {"a": 1}),
    "maxProperties": ({"type": "object", "maxProperties": 1}, {"a": 1, "b": 2}, {"a": 1}),
    "additionalProperties": (
        {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False},
        {"a": "x", "b": "y"},
        {"a": "x"},
    ),
    "required": (
        {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
        {},
        {"a": "x"},
    ),
}


def _spec(field_schema: dict[str, Any], *, marked: bool, keyword: str) -> dict[str, Any]:
    schema = dict(field_schema)
    if marked:
        schema["x-inferred"] = {keyword: "test: no document states it"}
    query_ok = schema.get("type") in ("string", "integer", "number")
    parameters = [{"name": "q", "in": "query", "schema": schema}] if query_ok else []
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "create_thing",
                    "parameters": parameters,
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"f": schema}}
                            }
                        },
                    },
                    "responses": {"201": {"description": "made"}},
                }
            }
        },
    }


def test_every_markable_keyword_has_a_case() -> None:
    assert set(CASES) == set(MARKABLE_KEYWORDS)


@pytest.mark.parametrize("keyword", sorted(CASES))
def test_stated_constraint_refuses_before_sending(keyword: str) -> None:
    field_schema, bad, good = CASES[keyword]
    validator = SpecValidator(_spec(field_schema, marked=False, keyword=keyword))
    validator.validate_request_body("create_thing", {"f": good})
    with pytest.raises(RequestValidationError) as caught:
        validator.validate_request_body("create_thing", {"f": bad})
    assert caught.value.field.startswith("f")
    assert caught.value.rule == keyword


@pytest.mark.parametrize("keyword", sorted(CASES))
def test_inferred_constraint_is_sent_with_a_warning(
    keyword: str, caplog: pytest.LogCaptureFixture
) -> None:
    field_schema, bad, _good = CASES[keyword]
    logger = logging.getLogger(f"test_inferred.{keyword}")
    validator = SpecValidator(_spec(field_schema, marked=True, keyword=keyword), logger=logger)
    with caplog.at_level(logging.WARNING, logger=logger.name):
        validator.validate_request_body("create_thing", {"f": bad})  # does not raise
    warned = [r.getMessage() for r in caplog.records if r.name == logger.name]
    assert len(warned) == 1, warned
    assert "create_thing" in warned[0] and keyword in warned[0] and "inferred" in warned[0]


@pytest.mark.parametrize(
    "keyword", ["pattern", "format", "minimum", "maximum", "maxLength", "enum"]
)
def test_query_parameter_marker(keyword: str, caplog: pytest.LogCaptureFixture) -> None:
    field_schema, bad, _ = CASES[keyword]
    stated = SpecValidator(_spec(field_schema, marked=False, keyword=keyword))
    with pytest.raises(RequestValidationError) as caught:
        stated.validate_parameters("create_thing", path={}, query={"q": bad})
    assert caught.value.field == "q" and caught.value.rule == keyword
    logger = logging.getLogger(f"test_inferred.query.{keyword}")
    inferred = SpecValidator(_spec(field_schema, marked=True, keyword=keyword), logger=logger)
    with caplog.at_level(logging.WARNING, logger=logger.name):
        inferred.validate_parameters("create_thing", path={}, query={"q": bad})
    assert any("inferred" in r.getMessage() for r in caplog.records if r.name == logger.name)


def test_a_stated_constraint_beside_an_inferred_one_still_refuses() -> None:
    schema = {
        "type": "string",
        "pattern": "^[a-z]+$",
        "maxLength": 3,
        "x-inferred": {"pattern": "ours"},
    }
    validator = SpecValidator(_spec(schema, marked=False, keyword="pattern"))
    validator.validate_request_body(
        "create_thing", {"f": "ABC"}
    )  # breaks only the inferred pattern
    with pytest.raises(RequestValidationError) as caught:
        validator.validate_request_body("create_thing", {"f": "ABCD"})  # also the stated maxLength
    assert caught.value.rule == "maxLength"


def test_required_entries_can_be_marked_one_by_one() -> None:
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "X": {
                    "type": "object",
                    "required": ["a", "b"],
                    "x-inferred": {"required": {"b": "ours"}},
                    "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                }
            }
        },
        "paths": {},
    }
    view = stated_view(spec)
    assert view["components"]["schemas"]["X"]["required"] == ["a"]
    assert spec["components"]["schemas"]["X"]["required"] == ["a", "b"]  # the input is untouched
    assert [m[1] for m in inferred_constraints(spec)] == ["required:b"]


def test_parameter_requiredness_and_statuses() -> None:
    spec = {
        "openapi": "3.1.0",
        "paths": {
            "/a": {
                "x-inferred": "the docs name this path only in prose",
                "get": {
                    "operationId": "a",
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                            "x-inferred": {"required": "ours"},
                        }
                    ],
                    "responses": {"200": {"description": "ok", "x-inferred": "no doc shows it"}},
                },
            }
        },
    }
    kinds = sorted(m[1] for m in inferred_constraints(spec))
    assert kinds == ["path", "required", "status"]
    assert stated_view(spec)["paths"]["/a"]["get"]["parameters"][0]["required"] is False


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ({"type": "ours"}, "not a markable keyword"),
        ({"maxLength": "ours"}, "does not have"),
        ({"pattern": ""}, "needs a reason"),
        ("ours", "must map keywords"),
    ],
)
def test_malformed_markers_are_refused_naming_the_place(marker: object, message: str) -> None:
    spec = {
        "openapi": "3.1.0",
        "components": {
            "schemas": {"X": {"type": "string", "pattern": "^a$", "x-inferred": marker}}
        },
        "paths": {},
    }
    with pytest.raises(ValueError, match=re.escape(message)) as caught:
        stated_view(spec)
    assert "/components/schemas/X" in str(caught.value)


def test_docs_list_exactly_the_markable_keywords() -> None:
    """docs/spec-conventions.md and runtime/inferred.py name the same keywords (one definition)."""
    text = (ROOT / "docs" / "spec-conventions.md").read_text(encoding="utf-8")
    section = text[
        text.index("Inferred constraints are marked") : text.index("On a Response object")
    ]
    listed = re.findall(r"`([a-zA-Z]+)`", section.split("for any of", 1)[1].split("; for", 1)[0])
    assert listed == list(MARKABLE_KEYWORDS)


@pytest.mark.parametrize("vendor", ["duel", "duoplane", "duda"])
def test_shipped_specs_markers_are_well_formed(vendor: str) -> None:
    import json

    spec = json.loads(
        (ROOT / "generated" / vendor / f"{vendor}_client" / "openapi.json").read_text()
    )
    marks = inferred_constraints(spec)
    view = stated_view(spec)
    for pointer, keyword, _reason in marks:
        if ":" in keyword or keyword in ("status", "operation", "path", "required"):
            continue
        node = lookup(view, pointer)
        assert keyword not in node, f"{vendor}: {pointer} still has inferred {keyword}"
