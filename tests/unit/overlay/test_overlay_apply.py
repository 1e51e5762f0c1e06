"""Engine behaviour around actions: order, JSONPath errors, unmatched targets, immutability."""

from __future__ import annotations

import copy
import warnings
from pathlib import Path
from typing import Any

import pytest
from clientgen.overlay import (
    OverlayError,
    OverlayWarning,
    apply_overlay,
    apply_overlays,
    load_overlay,
    parse_overlay,
)
from clientgen.overlay.jsonpath import normalized_path
from clientgen.overlay.writer import to_json, to_yaml
from unit.overlay.overlay_support import overlay_data, write_file


def _document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "1.0.0"},
        "paths": {
            "/orders": {
                "get": {
                    "operationId": "listOrders",
                    "parameters": [{"name": "page", "in": "query"}],
                },
                "post": {"operationId": "createOrder"},
            },
            "/orders/{id}": {"get": {"operationId": "getOrder"}},
        },
    }


def test_invalid_jsonpath_names_file_and_action_index(tmp_path: Path) -> None:
    path = write_file(
        tmp_path,
        "duel.auth.yaml",
        overlay_data(
            {"target": "$.info", "update": {"x-a": 1}},
            {"target": "$.paths", "update": {}},
            {"target": "$.info", "update": {"x-b": 1}},
            {"target": "$.paths[", "remove": True},
        ),
    )
    overlay = load_overlay(path)  # JSONPath syntax is checked when applied, not by the schema

    with pytest.raises(OverlayError) as caught:
        apply_overlay(_document(), overlay)

    assert str(caught.value).startswith(
        f'{path}: actions[3] (target "$.paths["): invalid JSONPath: '
    )


def test_invalid_jsonpath_from_a_dict_overlay_is_named_overlay() -> None:
    overlay = overlay_data({"target": "$.paths.*.get[?@.x-oai-traits]", "update": {}})
    with pytest.raises(
        OverlayError, match=r'^<overlay>: actions\[0\] \(target "\$\.paths.*invalid JSONPath'
    ):
        apply_overlay(_document(), overlay)


def test_unmatched_target_warns_and_the_rest_still_applies(tmp_path: Path) -> None:
    path = write_file(
        tmp_path,
        "policy.yaml",
        overlay_data(
            {"target": "$.paths['/missing'].get", "update": {"x-a": 1}},
            {"target": "$.info", "update": {"x-applied": True}},
        ),
    )

    with pytest.warns(OverlayWarning) as record:
        result = apply_overlay(_document(), load_overlay(path))

    assert len(record) == 1
    message = str(record[0].message)
    assert message.startswith(f"""{path}: actions[0] (target "$.paths['/missing'].get"): """)
    assert "matched no nodes" in message
    assert result["info"]["x-applied"] is True


def test_unmatched_target_is_an_error_when_strict() -> None:
    overlay = overlay_data(
        {"target": "$.info", "update": {"x-a": 1}}, {"target": "$.nope", "remove": True}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # strict must raise, not warn
        with pytest.raises(
            OverlayError,
            match=r'^<overlay>: actions\[1\] \(target "\$\.nope"\): target matched no nodes',
        ):
            apply_overlay(_document(), overlay, strict=True)


def test_actions_run_in_order_on_the_previous_result() -> None:
    overlay = overlay_data(
        {"target": "$.paths['/orders'].get", "update": {"x-new": {"n": 1}}},
        {"target": "$.paths['/orders'].get['x-new']", "update": {"m": 2}},
        {"target": "$.paths['/orders'].get['x-new'].n", "remove": True},
    )

    result = apply_overlay(_document(), overlay, strict=True)

    assert result["paths"]["/orders"]["get"]["x-new"] == {"m": 2}


def test_apply_overlays_chains_overlays() -> None:
    first = overlay_data({"target": "$.info", "update": {"x-auth": {"scheme": "bearer"}}})
    second = overlay_data({"target": "$.info['x-auth']", "update": {"header": "Authorization"}})

    result = apply_overlays(_document(), [parse_overlay(first), second], strict=True)

    assert result["info"]["x-auth"] == {"scheme": "bearer", "header": "Authorization"}


def test_input_document_and_overlay_are_not_mutated() -> None:
    document = _document()
    before = copy.deepcopy(document)
    overlay = parse_overlay(
        overlay_data(
            {"target": "$.paths.*.*", "update": {"x-tags": ["a"]}},
            {"target": "$.paths.*.get.parameters", "update": {"name": "limit", "in": "query"}},
            {"target": "$.paths['/orders'].post", "remove": True},
        )
    )
    overlay_before = copy.deepcopy(overlay)

    result = apply_overlay(document, overlay, strict=True)
    result["paths"]["/orders"]["get"]["x-tags"].append("mutated")

    assert document == before
    assert overlay == overlay_before
    assert result is not document
    assert result["paths"] is not document["paths"]


def test_output_is_deterministic_and_key_order_is_defined() -> None:
    overlay = parse_overlay(
        overlay_data(
            {"target": "$", "update": {"x-z": 1, "info": {"x-b": 2, "title": "New", "x-a": 3}}},
            {"target": "$.paths.*.get", "update": {"x-late": True, "operationId": "renamed"}},
        )
    )

    runs = [apply_overlay(_document(), overlay, strict=True) for _ in range(3)]

    assert len({to_yaml(run) for run in runs}) == 1
    assert len({to_json(run) for run in runs}) == 1
    result = runs[0]
    assert list(result) == ["openapi", "info", "paths", "x-z"]
    assert list(result["info"]) == ["title", "version", "x-b", "x-a"]
    assert list(result["paths"]["/orders"]["get"]) == ["operationId", "parameters", "x-late"]


def test_rfc9535_filters_and_functions() -> None:
    overlay = overlay_data(
        {
            "target": "$.paths[?length(@.get.parameters) > 0 && @.post].get",
            "update": {"x-paged": True},
        },
        {"target": "$..[?@.operationId == 'getOrder']", "update": {"x-single": True}},
    )

    result = apply_overlay(_document(), overlay, strict=True)

    assert result["paths"]["/orders"]["get"]["x-paged"] is True
    assert result["paths"]["/orders/{id}"]["get"]["x-single"] is True


def test_extends_is_informational() -> None:
    data = overlay_data({"target": "$.info", "update": {"x-a": 1}})
    data["extends"] = "https://example.com/does-not-exist/openapi.yaml"

    overlay = parse_overlay(data)

    assert overlay.extends == data["extends"]
    assert apply_overlay(_document(), overlay)["info"]["x-a"] == 1


def test_document_must_be_a_mapping() -> None:
    with pytest.raises(TypeError, match="got list"):
        apply_overlay([], overlay_data({"target": "$"}))  # type: ignore[arg-type]


def test_normalized_path_escaping() -> None:
    assert normalized_path(("paths", "/a'b", 0, "x\ny\\")) == "$['paths']['/a\\'b'][0]['x\\ny\\\\']"
