"""`update`: the Overlay merge rules for objects, arrays and primitives, per spec version."""

from __future__ import annotations

from typing import Any

import pytest
from clientgen.overlay import OverlayError, apply_overlay


def overlay_data(*actions: dict[str, Any], version: str = "1.1.0") -> dict[str, Any]:
    """An overlay document holding `actions`."""
    return {
        "overlay": version,
        "info": {"title": "test overlay", "version": "1.0.0"},
        "actions": list(actions),
    }


def _apply(document: Any, *actions: Any, version: str = "1.1.0") -> Any:
    return apply_overlay(document, overlay_data(*actions, version=version), strict=True)


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_object_merge_is_recursive_and_keeps_existing_key_order(version: str) -> None:
    document = {"info": {"title": "A", "version": "1", "contact": {"name": "x", "url": "u"}}}
    update = {"x-new": 1, "contact": {"email": "e", "name": "y"}, "title": "B", "x-last": 2}

    result = _apply(document, {"target": "$.info", "update": update}, version=version)

    assert result["info"] == {
        "title": "B",
        "version": "1",
        "contact": {"name": "y", "url": "u", "email": "e"},
        "x-new": 1,
        "x-last": 2,
    }
    assert list(result["info"]) == ["title", "version", "contact", "x-new", "x-last"]
    assert list(result["info"]["contact"]) == ["name", "url", "email"]


def test_nested_arrays_are_concatenated_not_replaced() -> None:
    document = {"paths": {"/a": {"get": {"tags": ["t1"], "parameters": [{"name": "p"}]}}}}
    update = {"tags": ["t2"], "parameters": [{"name": "q"}]}

    result = _apply(document, {"target": "$.paths['/a'].get", "update": update})

    assert result["paths"]["/a"]["get"] == {
        "tags": ["t1", "t2"],
        "parameters": [{"name": "p"}, {"name": "q"}],
    }


def test_nested_null_replaces_a_primitive() -> None:
    result = _apply({"info": {"summary": "s"}}, {"target": "$.info", "update": {"summary": None}})
    assert result == {"info": {"summary": None}}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ({"a": 1}, [1], "cannot merge an array into an object at \\$\\['x'\\]\\['v'\\]"),
        ([1], {"a": 1}, "cannot merge an object into an array"),
        ("s", {"a": 1}, "cannot merge an object into a primitive \\(string\\)"),
        ({"a": 1}, None, "cannot merge a primitive \\(null\\) into an object"),
    ],
)
def test_incompatible_property_values_are_an_error(old: Any, new: Any, message: str) -> None:
    overlay = overlay_data({"target": "$.x", "update": {"v": new}})
    with pytest.raises(OverlayError, match=message) as caught:
        apply_overlay({"x": {"v": old}}, overlay)
    assert str(caught.value).startswith('<overlay>: actions[0] (target "$.x"): ')


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ({"name": "new"}, [{"name": "p"}, {"name": "new"}]),  # object: appended
        ([{"name": "q"}, {"name": "r"}], [{"name": "p"}, {"name": "q"}, {"name": "r"}]),  # concat
        ("plain", [{"name": "p"}, "plain"]),  # primitive: appended
    ],
)
def test_v1_1_update_of_an_array_target(update: Any, expected: list[Any]) -> None:
    document = {"paths": {"/a": {"get": {"parameters": [{"name": "p"}]}}}}

    result = _apply(document, {"target": "$.paths.*.get.parameters", "update": update})

    assert result["paths"]["/a"]["get"]["parameters"] == expected


def test_v1_0_update_of_an_array_target_appends_one_entry() -> None:
    # 1.0: "If the target selects an array, the value of this field MUST be an entry to append".
    document = {"list": [1], "objs": [{"a": 1}]}

    result = _apply(
        document,
        {"target": "$.list", "update": [2, 3]},
        {"target": "$.objs", "update": {"a": 2}},
        version="1.0.0",
    )

    assert result == {"list": [1, [2, 3]], "objs": [{"a": 1}, {"a": 2}]}


def test_v1_1_update_of_primitive_targets_replaces_each() -> None:
    # The 1.1 Targeted Overlay example: targets select the description strings themselves.
    document = {
        "paths": {
            "/foo": {"get": {"description": "old foo", "summary": "s"}},
            "/bar": {"get": {"description": None}},
        }
    }

    result = _apply(
        document,
        {"target": "$.paths['/foo'].get.description", "update": "This is the new description"},
        {"target": "$.paths.*.get.description", "update": 42},
    )

    assert result["paths"]["/foo"]["get"] == {"description": 42, "summary": "s"}
    assert result["paths"]["/bar"]["get"] == {"description": 42}
    assert list(result["paths"]["/foo"]["get"]) == ["description", "summary"]


def test_v1_1_update_of_primitive_array_items() -> None:
    result = _apply({"tags": ["a", "old", "b"]}, {"target": "$.tags[1]", "update": "new"})
    assert result == {"tags": ["a", "new", "b"]}


@pytest.mark.parametrize("update", [{"a": 1}, [1]])
def test_v1_1_primitive_target_needs_a_primitive_value(update: Any) -> None:
    overlay = overlay_data({"target": "$.info.title", "update": update})
    with pytest.raises(
        OverlayError, match=r"must be a primitive to replace .*\$\['info'\]\['title'\]"
    ):
        apply_overlay({"info": {"title": "t"}}, overlay)


def test_v1_0_primitive_target_is_an_error() -> None:
    # 1.0: "The result of the target JSONPath expression MUST be zero or more objects or arrays".
    overlay = overlay_data({"target": "$.info.title", "update": "New"}, version="1.0.0")
    with pytest.raises(OverlayError, match=r"Overlay 1\.0 targets must be objects or arrays"):
        apply_overlay({"info": {"title": "t"}}, overlay)


def test_object_target_needs_an_object_value() -> None:
    overlay = overlay_data({"target": "$.info", "update": "text"})
    with pytest.raises(OverlayError, match=r"update value must be an object .* \(got a primitive"):
        apply_overlay({"info": {"title": "t"}}, overlay)


def test_v1_1_mixed_node_kinds_are_an_error() -> None:
    overlay = overlay_data({"target": "$.*", "update": {"x": 1}})
    with pytest.raises(OverlayError, match="mix of array and object nodes"):
        apply_overlay({"a": {}, "b": []}, overlay)


def test_v1_0_mixed_objects_and_arrays_are_handled_per_node() -> None:
    result = _apply({"a": {}, "b": []}, {"target": "$.*", "update": {"x": 1}}, version="1.0.0")
    assert result == {"a": {"x": 1}, "b": [{"x": 1}]}


def test_one_update_on_many_targets_shares_no_containers() -> None:
    document: dict[str, Any] = {"paths": {"/a": {"get": {}}, "/b": {"get": {}}}}
    update = {"x-policy": {"retry": [1, 2]}}

    result = _apply(document, {"target": "$.paths.*.get", "update": update})
    result["paths"]["/a"]["get"]["x-policy"]["retry"].append(3)

    assert result["paths"]["/b"]["get"]["x-policy"] == {"retry": [1, 2]}
    assert update == {"x-policy": {"retry": [1, 2]}}


def test_remove_true_makes_update_have_no_impact() -> None:
    document = {"paths": {"/a": {"get": {"parameters": [{"name": "p"}], "summary": "s"}}}}
    action = {"target": "$.paths.*.get.parameters", "update": {"name": "new"}, "remove": True}

    result = _apply(document, action)

    assert result == {"paths": {"/a": {"get": {"summary": "s"}}}}


def test_action_without_modifier_changes_nothing() -> None:
    document = {"info": {"title": "t"}}
    assert _apply(document, {"target": "$", "description": "no-op"}) == document


def test_spec_traits_example() -> None:
    # Overlay 1.1.0, "Traits Example": document, overlay and result as published.
    ok = {"200": {"description": "OK"}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "API with a paged collection", "version": "1.0.0"},
        "paths": {
            "/items": {"get": {"x-oai-traits": ["paged"], "responses": ok}},
            "/items/{id}/subitems": {
                "get": {
                    "x-oai-traits": ["paged"],
                    "parameters": [{"name": "id", "in": "path", "required": True}],
                    "responses": ok,
                }
            },
            "/other": {"get": {"responses": ok}},
        },
    }
    paging = [{"name": "top", "in": "query"}, {"name": "skip", "in": "query"}]
    action = {
        "target": "$.paths[?(@.get['x-oai-traits'][?(@ == 'paged')])].get",
        "update": {"parameters": paging},
    }

    result = _apply(document, action, version="1.0.0")

    assert result["paths"]["/items"]["get"] == {
        "x-oai-traits": ["paged"],
        "responses": ok,
        "parameters": paging,
    }
    assert result["paths"]["/items/{id}/subitems"]["get"]["parameters"] == [
        {"name": "id", "in": "path", "required": True},
        *paging,
    ]
    assert result["paths"]["/other"] == {"get": {"responses": ok}}
