"""The Python-surface diff (griffe) catches what a template or runtime change does to user code,
with no spec change at all; and the whole-package comparison reports a docs-only change as patch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from clientgen.changes.changelog import describe, named_by, render_entry
from clientgen.changes.compare import compare_packages
from clientgen.changes.model import Report, sort_changes
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


def _with_module(tree: Path, tmp_path: Path, source: str) -> Path:
    copy = tmp_path / "new"
    shutil.copytree(tree, copy)
    (copy / "acme_client" / "extras.py").write_text(source, encoding="utf-8")
    return copy


EXTRAS = '''"""A module added whole."""


class Gadget:
    size: int = 0

    def grow(self) -> None:
        """Bigger."""


def helper() -> int:
    return 1
'''


def test_a_module_added_whole_is_one_changelog_line(
    generated: tuple[Vendor, Path], tmp_path: Path
) -> None:
    vendor, tree = generated
    changes = sort_changes(compare_packages(vendor, tree, _with_module(tree, tmp_path, EXTRAS)))
    # The report keeps every public name, each a minor change, as before.
    added = {c.where: c for c in changes if c.kind == "python-added"}
    module = "acme_client.extras"
    members = [f"{module}.Gadget", f"{module}.Gadget.size", f"{module}.Gadget.grow"]
    assert set(added) == {module, *members, f"{module}.helper"}
    assert {c.level for c in changes} == {Level.MINOR}
    assert (added[module].object_kind, added[module].members) == ("module", 4)
    entry = render_entry(Report("acme", "1.0.0", "1.1.0", changes), "2026-01-01")
    assert "- added module `acme_client.extras` (4 public names)" in entry
    assert not [name for name in added if name != module and name in entry]


def test_a_module_removed_whole_is_one_breaking_line_the_gate_accepts(
    generated: tuple[Vendor, Path], tmp_path: Path
) -> None:
    vendor, tree = generated
    old = _with_module(tree, tmp_path, EXTRAS)
    changes = sort_changes(compare_packages(vendor, old, tree))
    removed = [c for c in changes if c.kind == "python-object-removed"]
    assert [(c.where, c.level, c.object_kind, c.members) for c in removed] == [
        ("acme_client.extras", Level.MAJOR, "module", 4)
    ]
    entry = render_entry(Report("acme", "1.1.0", "2.0.0", changes), "2026-01-01")
    assert "- **Breaking:** removed module `acme_client.extras` (4 public names)" in entry
    assert removed[0].detail not in entry  # named by the summary line, which the gate looks for
    owners = named_by(changes)
    assert describe(owners[removed[0]]) in entry


def test_a_class_added_to_an_existing_module_is_named_once(
    generated: tuple[Vendor, Path], tmp_path: Path
) -> None:
    vendor, tree = generated
    client = Path("acme_client") / "client.py"
    new = _variant(
        tree,
        tmp_path,
        "\nclass ",
        '\nclass Spare:\n    """New."""\n\n    x: int = 0\n\n\nclass ',
        client,
    )
    changes = sort_changes(compare_packages(vendor, tree, new))
    entry = render_entry(Report("acme", "1.0.0", "1.1.0", changes), "2026-01-01")
    assert "- added class `acme_client.client.Spare` (1 public name)" in entry
    assert "acme_client.client.Spare.x" not in entry
