"""The pipeline end to end on a tiny fixture vendor: determinism, policy carried, drift, errors."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from clientgen.drift import check_vendor, compare_trees
from clientgen.generate import generate_into
from clientgen.policy_extract import PolicyError
from clientgen.resolve import ResolveError, resolve
from clientgen.unsupported import UnsupportedConstructError
from clientgen.vendors import DemoAccount, Vendor

FIXTURE = Path(__file__).parent / "fixture"


@pytest.fixture
def acme(tmp_path: Path) -> Vendor:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    return Vendor("acme", "Acme", "acme_client", DemoAccount("acme-shop", "demo-user"), root=root)


@pytest.fixture(scope="module")
def generated_twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("repo")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    vendor = Vendor("acme", "Acme", "acme_client", DemoAccount("acme-shop", "demo-user"), root=root)
    first, second = root / "first", root / "second"
    generate_into(vendor, first)
    generate_into(vendor, second)
    return first, second


@pytest.fixture(scope="module")
def acme_package(generated_twice: tuple[Path, Path]) -> Iterator[Path]:
    project = generated_twice[0]
    sys.path.insert(0, str(project))
    try:
        yield project
    finally:
        sys.path.remove(str(project))
        for name in [m for m in sys.modules if m.split(".")[0] == "acme_client"]:
            del sys.modules[name]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_generation_is_byte_identical(generated_twice: tuple[Path, Path]) -> None:
    first, second = generated_twice
    assert not compare_trees(first, second)


def test_package_layout(generated_twice: tuple[Path, Path]) -> None:
    package = generated_twice[0] / "acme_client"
    for name in ("py.typed", "_policy.py", "_headers.py", "openapi.json", "_runtime/transport.py"):
        assert (package / name).is_file(), name
    assert (generated_twice[0] / "pyproject.toml").is_file()
    assert "security" in (package / "openapi.json").read_text(encoding="utf-8")


def test_overlay_policy_reaches_the_package(acme_package: Path) -> None:
    acme_client = importlib.import_module("acme_client")
    policy = acme_client.POLICY
    assert policy.rate_limit.capacity == 10
    assert policy.rate_limit.remaining_header == "X-Left"
    assert policy.retry.retry_on_status == frozenset({503})
    assert policy.operation("create_widget").idempotent is False
    assert policy.operation("list_widgets").pagination.max_size == 50
    module = importlib.import_module("acme_client.api.widgets.list_widgets")
    assert callable(module.iter_items) and callable(module.aiter_items)
    headers = importlib.import_module("acme_client").ResponseHeaders
    parsed = headers.from_headers({"X-Has-Next": "true", "X-Left": "7"})
    assert parsed.x_has_next is True and parsed.x_left == 7


def test_generated_package_passes_mypy_strict(acme_package: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "acme_client"],
        cwd=acme_package,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_drift_names_each_changed_added_and_removed_file(
    generated_twice: tuple[Path, Path], tmp_path: Path
) -> None:
    fresh, _ = generated_twice
    committed = tmp_path / "committed"
    shutil.copytree(fresh, committed)
    (committed / "acme_client" / "client.py").write_text("# hand edit\n", encoding="utf-8")
    (committed / "acme_client" / "stale.py").write_text("", encoding="utf-8")
    (committed / "README.md").unlink()
    drift = compare_trees(fresh, committed)
    assert drift.changed == ("acme_client/client.py",)
    assert drift.removed == ("acme_client/stale.py",)
    assert drift.added == ("README.md",)
    assert any("acme_client/client.py" in line for line in drift.describe("generated/acme"))


def test_check_vendor_reports_spec_change_without_regeneration(acme: Vendor) -> None:
    generate_into(acme, acme.output_dir)
    assert not check_vendor(acme)
    _edit(acme.spec_path, "description: Makes one.", "description: Makes exactly one.")
    drift = check_vendor(acme)
    assert "acme_client/openapi.json" in drift.changed
    assert "acme_client/api/widgets/create_widget.py" in drift.changed


def test_overlay_action_that_matches_nothing_fails_naming_file_and_action(acme: Vendor) -> None:
    _edit(acme.overlay_paths[1], "$.paths['/widgets'].get", "$.paths['/gadgets'].get")
    with pytest.raises(ResolveError) as caught:
        resolve(acme)
    assert "acme.policy.yaml" in str(caught.value)
    assert "actions[1]" in str(caught.value)


def test_missing_auth_policy_is_named(acme: Vendor) -> None:
    auth_line = "      x-clientgen-auth: {default: basic, require_https: true}\n"
    _edit(acme.overlay_paths[0], auth_line, "")
    with pytest.raises(PolicyError, match="x-clientgen-auth"):
        generate_into(acme, acme.root / "out")


def test_invalid_policy_value_is_named(acme: Vendor) -> None:
    _edit(acme.overlay_paths[1], "capacity: 10", "capacity: -1")
    with pytest.raises(PolicyError, match="capacity"):
        generate_into(acme, acme.root / "out")


def test_content_parameter_is_refused_not_dropped(acme: Vendor) -> None:
    _edit(
        acme.spec_path,
        "schema: {type: integer, minimum: 1, default: 1}",
        "content: {application/json: {schema: {type: integer}}}",
    )
    with pytest.raises(UnsupportedConstructError, match=r"'page'.*content"):
        resolve(acme)


def test_keywords_beside_one_member_allof_are_refused_not_dropped(acme: Vendor) -> None:
    _edit(
        acme.spec_path,
        "    Widget:\n",
        "    NamedWidget:\n"
        "      allOf:\n"
        "        - $ref: '#/components/schemas/Widget'\n"
        "      required: [name]\n"
        "    Widget:\n",
    )
    with pytest.raises(UnsupportedConstructError, match=r"NamedWidget.*one-member allOf"):
        resolve(acme)
