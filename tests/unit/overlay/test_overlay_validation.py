"""Loading and validating Overlay documents: versions, schema violations, file formats."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from clientgen.overlay import Action, Overlay, OverlayError, load_overlay, parse_overlay
from unit.overlay.overlay_support import overlay_data, write_file


@pytest.mark.parametrize("version", ["2.0.0", "1.2.0", "0.9.0", "1.1", "1.1.0-rc1", "v1.1.0"])
def test_unknown_overlay_version_is_rejected(version: str) -> None:
    with pytest.raises(OverlayError, match=rf"overlay: unsupported .* version '{version}'"):
        parse_overlay(overlay_data({"target": "$"}, version=version))


def test_unquoted_yaml_version_is_a_type_error(tmp_path: Path) -> None:
    path = write_file(
        tmp_path, "v.yaml", "overlay: 1.1\ninfo: {title: t, version: '1'}\nactions: [{target: $}]\n"
    )
    with pytest.raises(OverlayError, match=r"overlay: must be of type string, got number"):
        load_overlay(path)


@pytest.mark.parametrize(("version", "feature_set"), [("1.0.7", "1.0"), ("1.1.12", "1.1")])
def test_patch_version_selects_the_minor_schema(version: str, feature_set: str) -> None:
    overlay = parse_overlay(overlay_data({"target": "$"}, version=version))
    assert overlay.version == version
    assert overlay.feature_set == feature_set


def test_info_description_is_1_1_only() -> None:
    data = overlay_data({"target": "$"}, version="1.0.0")
    data["info"]["description"] = "text"
    with pytest.raises(OverlayError, match=r"info\.description: property not allowed"):
        parse_overlay(data)
    data["overlay"] = "1.1.0"
    assert parse_overlay(data).info["description"] == "text"


def test_schema_violation_names_the_property_and_rule(tmp_path: Path) -> None:
    path = write_file(
        tmp_path, "bad.yaml", overlay_data({"target": "$"}, {"target": "$.a", "remove": "yes"})
    )
    with pytest.raises(OverlayError) as caught:
        load_overlay(path)
    assert str(caught.value) == (
        f"{path}: invalid overlay: actions[1].remove: must be of type boolean, got string "
        "(schema rule 'type')"
    )


def test_misspelt_action_field_is_named() -> None:
    with pytest.raises(
        OverlayError, match=r"actions\[0\]\.updte: property not allowed .*'unevaluatedProperties'"
    ):
        parse_overlay(overlay_data({"target": "$", "updte": {}}))


def test_all_violations_are_reported() -> None:
    data = overlay_data({"description": 1})
    del data["info"]["title"]
    with pytest.raises(OverlayError) as caught:
        parse_overlay(data)
    message = str(caught.value)
    assert message.startswith("<overlay>: invalid overlay: ")
    assert "actions[0].description: must be of type string" in message
    assert "actions[0].target: required property is missing (schema rule 'required')" in message
    assert "info.title: required property is missing" in message


def test_target_must_start_with_dollar() -> None:
    with pytest.raises(
        OverlayError, match=r"actions\[0\]\.target: 'info' does not match '\^\\\\\$'"
    ):
        parse_overlay(overlay_data({"target": "info"}))


@pytest.mark.parametrize(
    "extends",
    [
        "./openapi.yaml",
        "/openapi.yaml",
        "https://x.test/a.yaml#f",
        "specs/a:b.yaml",
        "urn:x:y",
        "//h/p",
    ],
)
def test_valid_extends(extends: str) -> None:
    data = overlay_data({"target": "$"})
    data["extends"] = extends
    assert parse_overlay(data).extends == extends


@pytest.mark.parametrize(
    ("extends", "message"),
    [
        ("my spec.yaml", "extends: 'my spec.yaml' is not a valid uri-reference .*'format'"),
        # RFC 3986 4.2: a relative reference's first segment holds no colon.
        ("://invalid-url", "extends: '://invalid-url' is not a valid uri-reference"),
        (":a", "extends: ':a' is not a valid uri-reference"),
        ("1a:b", "extends: '1a:b' is not a valid uri-reference"),
        (["a"], "extends: must be of type string, got array"),
    ],
)
def test_invalid_extends(extends: Any, message: str) -> None:
    data = overlay_data({"target": "$"})
    data["extends"] = extends
    with pytest.raises(OverlayError, match=message):
        parse_overlay(data)


def test_overlay_is_frozen_and_exposes_its_fields() -> None:
    overlay = parse_overlay(overlay_data({"target": "$.a", "update": None, "x-note": "n"}))

    assert overlay.source == "<overlay>"
    assert overlay.info == {"title": "test overlay", "version": "1.0.0"}
    assert overlay.extends is None
    assert overlay.actions == (Action(index=0, target="$.a", update=None, has_update=True),)
    with pytest.raises(dataclasses.FrozenInstanceError):
        overlay.version = "1.0.0"  # type: ignore[misc]
    assert isinstance(overlay, Overlay)


def test_json_overlay_file(tmp_path: Path) -> None:
    path = write_file(tmp_path, "o.json", overlay_data({"target": "$.info", "update": {"x-a": 1}}))
    assert load_overlay(path).actions[0].update == {"x-a": 1}


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("dup.yaml", "overlay: 1.1.0\noverlay: 1.0.0\n", "invalid YAML"),
        ("dup.json", '{"overlay": "1.1.0", "overlay": "1.0.0"}', "invalid JSON: duplicate key"),
        ("broken.yaml", "overlay: [1.1.0\n", "invalid YAML"),
        ("list.yaml", "- a\n", "invalid overlay: \\(document root\\): must be of type object"),
    ],
)
def test_unreadable_files_name_the_file(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = write_file(tmp_path, name, text)
    with pytest.raises(OverlayError, match=message) as caught:
        load_overlay(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match="cannot read file"):
        load_overlay(tmp_path / "absent.yaml")


def test_integer_yaml_keys_become_strings(tmp_path: Path) -> None:
    path = write_file(
        tmp_path,
        "codes.yaml",
        "overlay: 1.1.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.responses\n    update: {200: {description: OK}}\n",
    )
    assert load_overlay(path).actions[0].update == {"200": {"description": "OK"}}
