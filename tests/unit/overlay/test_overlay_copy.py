"""1.1 `copy`: merge the value of exactly one source node into each target node."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from clientgen.overlay import OverlayError, apply_overlay, load_overlay
from unit.overlay.overlay_support import overlay_data, write_file

OK = {"200": {"description": "OK"}}


def _spec_document() -> dict[str, Any]:
    """The source description used by every Copy Example in Overlay 1.1.0."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Example API", "version": "1.0.0"},
        "paths": {
            "/items": {"get": {"responses": copy.deepcopy(OK)}},
            "/some-items": {"delete": {"responses": copy.deepcopy(OK)}},
        },
    }


def test_spec_simple_copy() -> None:
    overlay = overlay_data({"target": '$.paths["/some-items"]', "copy": '$.paths["/items"]'})

    result = apply_overlay(_spec_document(), overlay, strict=True)

    assert result["paths"] == {
        "/items": {"get": {"responses": OK}},
        "/some-items": {"delete": {"responses": OK}, "get": {"responses": OK}},
    }


def test_spec_ensure_target_exists_then_copy() -> None:
    overlay = overlay_data(
        {"target": "$.paths", "update": {"/other-items": {}}},
        {"target": '$.paths["/other-items"]', "copy": '$.paths["/items"]'},
    )

    result = apply_overlay(_spec_document(), overlay, strict=True)

    assert result["paths"]["/other-items"] == {"get": {"responses": OK}}
    assert result["paths"]["/items"] == {"get": {"responses": OK}}


def test_spec_move_example() -> None:
    overlay = overlay_data(
        {"target": "$.paths", "update": {"/new-items": {}}},
        {"target": '$.paths["/new-items"]', "copy": '$.paths["/items"]'},
        {"target": '$.paths["/items"]', "remove": True},
    )

    result = apply_overlay(_spec_document(), overlay, strict=True)

    assert result["paths"] == {
        "/some-items": {"delete": {"responses": OK}},
        "/new-items": {"get": {"responses": OK}},
    }


def test_copy_path_item_merges_and_concatenates() -> None:
    # Like the conformance pass document copy-path-item-example: /foo merged into /bar.
    document = {
        "paths": {
            "/foo": {"get": {"summary": "foo"}, "parameters": [{"name": "a"}]},
            "/bar": {"post": {"summary": "bar"}, "parameters": [{"name": "b"}]},
        }
    }
    overlay = overlay_data({"target": '$.paths["/bar"]', "copy": '$.paths["/foo"]'})

    result = apply_overlay(document, overlay, strict=True)

    assert result["paths"]["/bar"] == {
        "post": {"summary": "bar"},
        "parameters": [{"name": "b"}, {"name": "a"}],
        "get": {"summary": "foo"},
    }


def test_copied_value_is_independent_of_its_source() -> None:
    overlay = overlay_data({"target": "$.b", "copy": "$.a"})
    result = apply_overlay({"a": {"list": [1]}, "b": {}}, overlay, strict=True)

    result["b"]["list"].append(2)

    assert result["a"] == {"list": [1]}


def test_copy_into_an_array_concatenates_an_array_source() -> None:
    overlay = overlay_data({"target": "$.b", "copy": "$.a"}, {"target": "$.c", "copy": "$.one"})
    result = apply_overlay({"a": [1, 2], "b": [0], "c": [], "one": "x"}, overlay, strict=True)
    assert result["b"] == [0, 1, 2]
    assert result["c"] == ["x"]


def test_copy_a_primitive_onto_primitives() -> None:
    overlay = overlay_data({"target": "$.paths.*.get.summary", "copy": "$.info.title"})
    document = {"info": {"title": "T"}, "paths": {"/a": {"get": {"summary": "s"}}}}
    assert apply_overlay(document, overlay)["paths"]["/a"]["get"] == {"summary": "T"}


def test_copy_into_many_targets() -> None:
    overlay = overlay_data({"target": "$.paths.*.get", "copy": "$.components['x-defaults']"})
    document = {
        "components": {"x-defaults": {"x-retry": 3}},
        "paths": {"/a": {"get": {}}, "/b": {"get": {"x-other": 1}}},
    }

    result = apply_overlay(document, overlay, strict=True)

    assert result["paths"] == {
        "/a": {"get": {"x-retry": 3}},
        "/b": {"get": {"x-other": 1, "x-retry": 3}},
    }


def test_copy_source_matching_nothing_is_an_error(tmp_path: Path) -> None:
    path = write_file(
        tmp_path,
        "copy.yaml",
        overlay_data({"target": "$.info", "update": {}}, {"target": "$.b", "copy": "$.missing"}),
    )
    with pytest.raises(OverlayError) as caught:
        apply_overlay({"info": {}, "b": {}}, load_overlay(path))
    message = str(caught.value)
    assert message.startswith(f'{path}: actions[1] (target "$.b"): ')
    assert 'copy source "$.missing" must select exactly one node, it selected 0' in message


def test_copy_source_matching_several_nodes_is_an_error() -> None:
    overlay = overlay_data({"target": "$.b", "copy": "$.a[*]"})
    with pytest.raises(OverlayError, match=r"it selected 2 \(\$\['a'\]\[0\], \$\['a'\]\[1\]\)"):
        apply_overlay({"a": [{}, {}], "b": {}}, overlay)


def test_invalid_copy_jsonpath_is_an_error() -> None:
    overlay = overlay_data({"target": "$.b", "copy": "$.a["})
    with pytest.raises(OverlayError, match=r'actions\[0\] .*invalid JSONPath in copy "\$\.a\["'):
        apply_overlay({"b": {}}, overlay)


def test_copy_source_must_fit_the_target_kind() -> None:
    overlay = overlay_data({"target": "$.b", "copy": "$.a"})
    with pytest.raises(OverlayError, match="copy value must be an object"):
        apply_overlay({"a": [1], "b": {}}, overlay)


def test_remove_true_makes_copy_have_no_impact() -> None:
    overlay = overlay_data({"target": "$.b", "copy": "$.missing", "remove": True})
    assert apply_overlay({"a": 1, "b": {}}, overlay, strict=True) == {"a": 1}


def test_update_and_copy_together_are_rejected() -> None:
    # Each "has no impact" if the other is set (Overlay 1.1 Action Object): contradictory.
    overlay = overlay_data({"target": "$.b", "copy": "$.a", "update": {"x": 1}})
    with pytest.raises(
        OverlayError, match=r"<overlay>: invalid overlay: actions\[0\] .*'update' and 'copy'"
    ):
        apply_overlay({"a": {}, "b": {}}, overlay)


def test_copy_is_not_part_of_overlay_1_0() -> None:
    overlay = overlay_data({"target": "$.b", "copy": "$.a"}, version="1.0.0")
    with pytest.raises(OverlayError, match=r"actions\[0\]\.copy: property not allowed"):
        apply_overlay({"a": {}, "b": {}}, overlay)
