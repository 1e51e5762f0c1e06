"""`remove`: deleting selected nodes from their parent object or array."""

from __future__ import annotations

import copy
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


def _remove(document: Any, target: str, version: str = "1.1.0") -> Any:
    overlay = overlay_data({"target": target, "remove": True}, version=version)
    return apply_overlay(document, overlay, strict=True)


def test_remove_false_is_a_no_op() -> None:
    document = {"servers": [{"url": "https://a"}], "info": {"title": "t"}}
    overlay = overlay_data(
        {"target": "$.servers", "remove": False}, {"target": "$.info", "remove": False}
    )

    assert apply_overlay(document, overlay, strict=True) == document


def test_remove_false_with_update_still_updates() -> None:
    overlay = overlay_data({"target": "$.info", "remove": False, "update": {"x-a": 1}})
    assert apply_overlay({"info": {}}, overlay) == {"info": {"x-a": 1}}


def test_remove_object_member() -> None:
    document = {"a": {"keep": 1, "drop": {"deep": True}, "also": 2}}
    result = _remove(document, "$.a.drop")
    assert result == {"a": {"keep": 1, "also": 2}}
    assert list(result["a"]) == ["keep", "also"]


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_remove_primitive_member(version: str) -> None:
    document = {"schema": {"type": "string", "example": "house"}}
    assert _remove(document, "$.schema.example", version) == {"schema": {"type": "string"}}


def test_remove_null_member() -> None:
    assert _remove({"a": None, "b": 1}, "$.a") == {"b": 1}


def test_remove_several_primitive_array_elements() -> None:
    # Overlay 1.1 "Remove a primitive array element", with matches at both ends and in between.
    document = {"paths": {"/a": {"get": {"tags": ["dummy", "a", "dummy", "dummy", "b", "dummy"]}}}}
    result = _remove(document, "$.paths.*.get.tags[?@ == 'dummy']")
    assert result["paths"]["/a"]["get"]["tags"] == ["a", "b"]


def test_remove_several_object_array_elements() -> None:
    params = [{"name": n} for n in ["dummy", "keep1", "dummy", "keep2", "dummy"]]
    document = {"paths": {"/a": {"get": {"parameters": params}}, "/b": {"get": {"parameters": []}}}}

    result = _remove(document, "$.paths.*.get.parameters[?@.name == 'dummy']")

    assert result["paths"]["/a"]["get"]["parameters"] == [{"name": "keep1"}, {"name": "keep2"}]
    assert result["paths"]["/b"]["get"]["parameters"] == []


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("$.a[0,2,3]", ["b", "e"]),
        ("$.a[3,0,2]", ["b", "e"]),  # selection order must not matter
        ("$.a[-2:]", ["a", "b", "c"]),
        ("$.a[::2]", ["b", "d"]),
        ("$.a[1,1]", ["a", "c", "d", "e"]),  # one node selected twice is removed once
        ("$.a[*]", []),
    ],
)
def test_remove_by_index_has_no_shifting_bugs(target: str, expected: list[str]) -> None:
    assert _remove({"a": ["a", "b", "c", "d", "e"]}, target) == {"a": expected}


def test_remove_ancestors_and_descendants_together() -> None:
    # `..*` selects both a node and its children; removing the parent takes the children along.
    document = {"keep": 1, "x": {"list": [{"a": 1}, {"b": 2}], "s": "v"}}
    assert _remove(document, "$.x..*") == {"keep": 1, "x": {}}


def test_remove_across_nested_arrays() -> None:
    document = {"m": [[1, 2, 3], [4, 5, 6]]}
    assert _remove(document, "$.m[*][?@ > 1 && @ < 6]") == {"m": [[1], [6]]}


def test_remove_then_recreate_in_a_later_action() -> None:
    document = {"servers": [{"url": "https://prod"}, {"url": "https://staging"}], "paths": {}}
    overlay = overlay_data(
        {"target": "$.servers", "remove": True},
        {"target": "$", "update": {"servers": [{"url": "http://sandbox"}]}},
    )

    result = apply_overlay(document, overlay, strict=True)

    assert result == {"paths": {}, "servers": [{"url": "http://sandbox"}]}


def test_remove_root_is_an_error() -> None:
    with pytest.raises(OverlayError, match=r"actions\[0\].*cannot remove the document root"):
        _remove({"a": 1}, "$")


def test_remove_leaves_the_input_document_alone() -> None:
    document = {"a": [1, 2, 3], "b": {"c": 1}}
    snapshot = copy.deepcopy(document)
    _remove(document, "$..*")
    assert document == snapshot
