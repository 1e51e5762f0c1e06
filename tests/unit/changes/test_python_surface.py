"""The Python-surface diff (griffe) catches what a template or runtime change does to user code,
with no spec change at all; and the whole-package comparison reports a docs-only change as patch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from clientgen.changes.compare import compare_packages
from clientgen.changes.python_diff import diff_python
from clientgen.generate import generate_into
from clientgen.vendors import DemoAccount, Vendor
from clientgen.versioning import Level

FIXTURE = Path(__file__).parents[1] / "pipeline" / "fixture"
MODULE = Path("acme_client") / "api" / "widgets" / "list_widgets.py"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Vendor, Path]:
    root = tmp_path_factory.mktemp("repo")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    vendor = Vendor("acme", "Acme", "acme_client", DemoAccount("acme-shop", "demo-user"), root=root)
    tree = root / "generated" / "acme"
    generate_into(vendor, tree)
    return vendor, tree


def _variant(tree: Path, tmp_path: Path, old: str, new: str, module: Path = MODULE) -> Path:
    copy = tmp_path / "new"
    shutil.copytree(tree, copy)
    path = copy / module
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {module}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")  # the first only
    return copy


def test_identical_trees_have_no_python_changes(generated: tuple[Vendor, Path]) -> None:
    _, tree = generated
    assert diff_python(tree, tree, "acme_client") == []


def test_a_removed_keyword_in_a_template_is_breaking(
    generated: tuple[Vendor, Path], tmp_path: Path
) -> None:
    vendor, tree = generated
    new = _variant(tree, tmp_path, "def sync(\n", "def sync_page(\n")
    changes = compare_packages(vendor, tree, new)
    assert [c.kind for c in changes if c.source == "spec"] == []  # the spec did not change
    removed = [c for c in changes if c.kind == "python-object-removed"]
    assert [c.where for c in removed] == ["acme_client.api.widgets.list_widgets.sync"]
    assert all(c.level is Level.MAJOR for c in removed)
    added = [c.where for c in changes if c.kind == "python-added"]
    assert added == ["acme_client.api.widgets.list_widgets.sync_page"]


def test_a_new_required_parameter_is_breaking(
    generated: tuple[Vendor, Path], tmp_path: Path
) -> None:
    vendor, tree = generated
    new = _variant(tree, tmp_path, "def sync(\n    *,\n", "def sync(\n    *,\n    tenant: str,\n")
    kinds = {c.kind for c in compare_packages(vendor, tree, new)}
    assert "python-parameter-added-required" in kinds


def test_a_docstring_only_change_is_a_patch(generated: tuple[Vendor, Path], tmp_path: Path) -> None:
    vendor, tree = generated
    new = _variant(tree, tmp_path, '"""', '"""Edited. ', Path("acme_client") / "client.py")
    changes = compare_packages(vendor, tree, new)
    assert [(c.kind, c.level) for c in changes] == [("package-changed", Level.PATCH)]
    assert "acme_client/client.py" in changes[0].detail
