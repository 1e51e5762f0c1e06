"""The engine against the OAI Overlay conformance fixtures in ../shared/overlay-conformance.

Compliant sets: openapi.yaml + overlay.yaml must give output.yaml. Schema tests: every `pass`
document loads, every `fail` document is rejected. Skipped, naming the path, when it is absent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from clientgen.overlay import OverlayError, apply_overlay, load_overlay
from clientgen.overlay.loader import read_data
from clientgen.overlay.schema import SCHEMAS_DIR, schema_violations

REPO = Path(__file__).resolve().parents[3]
CONFORMANCE = REPO.parent / "shared" / "overlay-conformance"
MISSING = f"overlay conformance fixtures: {CONFORMANCE} not found"

pytestmark = pytest.mark.skipif(not CONFORMANCE.is_dir(), reason=MISSING)

# The spec says a property only in the update "is inserted", not where. We append (the rule the
# pipeline relies on for stable output); this fixture's tool put `description` mid-object.
ORDER_NOT_SPECIFIED = {"description-and-summary"}


def _params(pattern: str) -> list[Any]:
    """One param per fixture path, id'd by its relative name; a skipped stand-in if absent."""
    if not CONFORMANCE.is_dir():
        return [pytest.param(None, id="conformance-missing", marks=pytest.mark.skip(MISSING))]
    return [
        pytest.param(path, id=str(path.relative_to(CONFORMANCE)))
        for path in sorted(CONFORMANCE.glob(pattern))
    ]


def key_order(value: Any) -> Any:
    """Nested key sequence, to compare documents by order as well as content."""
    if isinstance(value, dict):
        return [(key, key_order(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [key_order(item) for item in value]
    return None


def _feature_set(path: Path) -> str:
    return path.parent.parent.name.removeprefix("v")  # tests/v1.1/pass/x.yaml -> "1.1"


def test_fixture_folders_are_populated() -> None:
    assert len(list(CONFORMANCE.glob("compliant-sets/*/overlay.yaml"))) >= 8
    assert len(list(CONFORMANCE.glob("tests/v1.*/pass/*.yaml"))) >= 20
    assert len(list(CONFORMANCE.glob("tests/v1.*/fail/*.yaml"))) >= 40


@pytest.mark.parametrize("folder", _params("compliant-sets/*/"))
def test_compliant_set(folder: Path) -> None:
    document = read_data(folder / "openapi.yaml")
    expected = read_data(folder / "output.yaml")
    overlay = load_overlay(folder / "overlay.yaml")  # remove-server's `extends` is not followed

    result = apply_overlay(document, overlay, strict=True)  # strict: every action must match

    assert result == expected
    if folder.name not in ORDER_NOT_SPECIFIED:
        assert key_order(result) == key_order(expected)


@pytest.mark.parametrize("path", _params("tests/v1.*/pass/*.yaml"))
def test_pass_document_is_valid(path: Path) -> None:
    overlay = load_overlay(path)

    assert overlay.feature_set == _feature_set(path)
    assert schema_violations(read_data(path), _feature_set(path)) == []


@pytest.mark.parametrize("path", _params("tests/v1.*/fail/*.yaml"))
def test_fail_document_is_rejected(path: Path) -> None:
    with pytest.raises(OverlayError, match="invalid overlay") as caught:
        load_overlay(path)

    assert str(caught.value).startswith(f"{path}: ")
    # The schema of the fixture's own version rejects it too (not only our version check).
    assert schema_violations(read_data(path), _feature_set(path))


@pytest.mark.parametrize("version", ["v1.0", "v1.1"])
def test_bundled_schema_is_the_published_one(version: str) -> None:
    bundled = (SCHEMAS_DIR / version / "schema.yaml").read_bytes()
    assert bundled == (CONFORMANCE / "schemas" / version / "schema.yaml").read_bytes()


def test_copy_path_item_example_merges_foo_into_bar() -> None:
    overlay = load_overlay(CONFORMANCE / "tests/v1.1/pass/copy-path-item-example.yaml")
    document = {
        "paths": {
            "/foo": {"get": {"summary": "foo"}, "parameters": [{"name": "a", "in": "query"}]},
            "/bar": {"post": {"summary": "bar"}, "parameters": [{"name": "b", "in": "query"}]},
        }
    }

    result = apply_overlay(document, overlay, strict=True)

    assert result["paths"]["/bar"] == {
        "post": {"summary": "bar"},
        "parameters": [{"name": "b", "in": "query"}, {"name": "a", "in": "query"}],
        "get": {"summary": "foo"},
    }
    assert result["paths"]["/foo"] == document["paths"]["/foo"]


def test_v1_0_traits_example_target_is_not_rfc9535() -> None:
    # `@.x-oai-traits` is not a valid member-name shorthand in RFC 9535 (no '-'); 1.1 fixed it.
    path = CONFORMANCE / "tests/v1.0/pass/actions-traits-example.yaml"
    overlay = load_overlay(path)  # valid against the schema ...

    with pytest.raises(OverlayError, match=r"actions\[0\] .*invalid JSONPath") as caught:
        apply_overlay({"paths": {}}, overlay)  # ... but not applicable

    assert str(caught.value).startswith(f"{path}: actions[0] (target ")
