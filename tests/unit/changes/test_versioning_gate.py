"""Versions, changelog and the release gate on a scratch git repository of the fixture vendor."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from clientgen.changes.changelog import CHANGELOG_NAME, entries, render_changelog
from clientgen.drift import check_vendor
from clientgen.generate import generate
from clientgen.lock import read_lock
from clientgen.release import check_release, previous_release
from clientgen.vendors import DemoAccount, Vendor
from clientgen.versioning import Level, bump, level_between

FIXTURE = Path(__file__).parents[1] / "pipeline" / "fixture"
VERSIONED = (
    "pyproject.toml",
    "acme_client/__init__.py",
    "acme_client/_policy.py",
    "clientgen.lock",
)


def _git(root: Path, *args: str) -> str:
    env_args = [
        "-c",
        "user.name=test",
        "-c",
        "user.email=test@localhost",
        "-c",
        "commit.gpgsign=false",
    ]
    result = subprocess.run(
        ["git", *env_args, *args], cwd=root, capture_output=True, text=True, check=True
    )
    return result.stdout


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Vendor:
    """The fixture vendor generated at 1.0.0 and committed in a fresh git repository."""
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    vendor = Vendor("acme", "Acme", "acme_client", DemoAccount("acme-shop", "demo-user"), root=root)
    _git(root, "init", "-q", "-b", "main")
    report = generate(vendor)
    assert report.new_version == "1.0.0"
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "acme 1.0.0")
    return vendor


def _remove_widget_name(vendor: Vendor) -> None:
    _edit(
        vendor.spec_path,
        "        name: {type: string}\n        size: {type: integer}\n",
        "        size: {type: integer}\n",
    )


def test_bump_levels() -> None:
    assert bump("1.2.3", Level.MAJOR) == "2.0.0"
    assert bump("1.2.3", Level.MINOR) == "1.3.0"
    assert bump("1.2.3", Level.PATCH) == "1.2.4"
    assert bump("1.2.3", Level.NONE) == "1.2.3"
    assert level_between("1.2.3", "2.0.0") is Level.MAJOR
    assert level_between("1.2.3", "1.2.3") is Level.NONE


def test_regenerating_unchanged_inputs_keeps_version_and_changelog(repo: Vendor) -> None:
    before = (repo.output_dir / CHANGELOG_NAME).read_text(encoding="utf-8")
    report = generate(repo)
    assert (report.old_version, report.new_version, report.changes) == ("1.0.0", "1.0.0", ())
    assert (repo.output_dir / CHANGELOG_NAME).read_text(encoding="utf-8") == before
    assert _git(repo.root, "status", "--porcelain") == ""


def test_breaking_spec_change_bumps_major_writes_changelog_and_passes_the_gate(
    repo: Vendor, tmp_path: Path
) -> None:
    _remove_widget_name(repo)
    report = generate(repo)
    assert report.new_version == "2.0.0"
    details = [c.detail for c in report.breaking]
    assert "response field Widget.name removed" in details
    assert any(c.source == "python" and c.where.endswith("Widget.name") for c in report.breaking)
    lock = read_lock(repo.output_dir)
    assert lock is not None and lock.version == "2.0.0"
    for name in VERSIONED:
        assert "2.0.0" in (repo.output_dir / name).read_text(encoding="utf-8"), name
    entry = entries((repo.output_dir / CHANGELOG_NAME).read_text(encoding="utf-8"))["2.0.0"]
    assert "**Breaking:** response field Widget.name removed" in entry
    assert not check_vendor(repo)
    assert check_release(repo, None, tmp_path / "a").problems == ()
    _git(repo.root, "commit", "-qam", "acme 2.0.0")
    assert previous_release(repo) is not None
    assert check_release(repo, None, tmp_path / "b").problems == ()
    again = generate(repo)  # the committed 2.0.0 regenerated: a no-op
    assert (again.new_version, again.changes) == ("2.0.0", ())


def test_gate_fails_naming_the_change_when_the_major_bump_is_missing(
    repo: Vendor, tmp_path: Path
) -> None:
    _remove_widget_name(repo)
    generate(repo)
    # What an old pipeline or a hand-set version leaves: the new package, labelled 1.0.0.
    _git(repo.root, "checkout", "-q", "HEAD", "--", f"generated/acme/{CHANGELOG_NAME}")
    for name in VERSIONED:
        _edit(repo.output_dir / name, "2.0.0", "1.0.0")
    assert not check_vendor(repo)  # the drift check alone cannot see it
    problems = check_release(repo, None, tmp_path / "scratch").problems
    assert problems, "the gate passed a breaking change released as 1.0.0"
    assert "1.0.0 -> 1.0.0 is no version bump" in problems[0]
    assert "need a major bump (to 2.0.0)" in problems[0]
    assert any("response field Widget.name removed" in p for p in problems)
    assert problems[-1].startswith("to fix, let the pipeline write the release: `git checkout")


def test_gate_fails_when_the_version_goes_backwards(repo: Vendor, tmp_path: Path) -> None:
    _edit(repo.spec_path, "description: Makes one.", "description: Makes exactly one.")
    assert generate(repo).new_version == "1.0.1"
    _git(repo.root, "commit", "-qam", "acme 1.0.1")
    for name in VERSIONED:
        _edit(repo.output_dir / name, "1.0.1", "0.9.0")
    problems = check_release(repo, None, tmp_path / "scratch").problems
    assert "acme: version went backwards, 1.0.1 -> 0.9.0" in problems


def test_gate_fails_when_the_changelog_entry_is_missing(repo: Vendor, tmp_path: Path) -> None:
    _remove_widget_name(repo)
    generate(repo)
    changelog = repo.output_dir / CHANGELOG_NAME
    _git(repo.root, "checkout", "-q", "HEAD", "--", f"generated/acme/{CHANGELOG_NAME}")
    problems = check_release(repo, None, tmp_path / "scratch").problems
    assert f"acme: {CHANGELOG_NAME} has no entry for 2.0.0" in problems
    assert any(
        "does not name the breaking change: response field Widget.name" in p for p in problems
    )
    assert "## [2.0.0]" not in changelog.read_text(encoding="utf-8")


def test_gate_fails_when_a_released_entry_is_lost(repo: Vendor, tmp_path: Path) -> None:
    """A merge taking the other side's changelog dropped released entries once (duel 2.1.2):
    every version the main line's lock has held must keep its entry. A version made on a branch
    and remade on merging (not on the first-parent line) is not asked for."""
    _edit(repo.spec_path, "description: Makes one.", "description: Makes exactly one.")
    assert generate(repo).new_version == "1.0.1"
    _git(repo.root, "commit", "-qam", "acme 1.0.1")
    _git(repo.root, "checkout", "-q", "-b", "side")
    _edit(repo.spec_path, "description: Makes exactly one.", "description: Makes one widget.")
    assert generate(repo).new_version == "1.0.2"  # a branch's version, never on main's line
    _git(repo.root, "commit", "-qam", "acme 1.0.2 on a branch")
    _git(repo.root, "checkout", "-q", "main")
    _git(repo.root, "merge", "-q", "-s", "ours", "--no-edit", "side")
    _edit(repo.spec_path, "description: Makes exactly one.", "description: Makes one, once.")
    assert generate(repo).new_version == "1.0.2"
    assert check_release(repo, None, tmp_path / "scratch").problems == ()
    changelog = repo.output_dir / CHANGELOG_NAME
    kept = entries(changelog.read_text(encoding="utf-8"))
    del kept["1.0.0"]
    changelog.write_text(render_changelog("acme-client", kept), encoding="utf-8")
    problems = check_release(repo, None, tmp_path / "scratch").problems
    assert any("lost the entries of released versions 1.0.0;" in p for p in problems), problems


def test_additions_bump_minor_and_the_gate_compares_with_the_previous_version(
    repo: Vendor, tmp_path: Path
) -> None:
    _edit(
        repo.spec_path,
        "        size: {type: integer}\n",
        "        size: {type: integer}\n        colour: {type: string}\n",
    )
    report = generate(repo)
    assert report.new_version == "1.1.0"
    assert {c.kind for c in report.changes} >= {"response-field-added"}
    _git(repo.root, "commit", "-qam", "acme 1.1.0")
    first = _git(repo.root, "rev-list", "--max-parents=0", "HEAD").strip()
    assert previous_release(repo) is not None
    release = check_release(repo, None, tmp_path / "scratch")
    assert release.problems == ()
    assert release.report is not None and release.report.old_version == "1.0.0"
    assert release.base is not None and _git(repo.root, "rev-parse", release.base).strip() == first


def _versions(vendor: Vendor) -> list[str]:
    return list(entries((vendor.output_dir / CHANGELOG_NAME).read_text(encoding="utf-8")))


def test_regenerations_between_two_commits_are_one_release(repo: Vendor, tmp_path: Path) -> None:
    _edit(repo.spec_path, "description: Makes one.", "description: Makes exactly one.")
    assert generate(repo).new_version == "1.0.1"
    _edit(repo.spec_path, "description: One page of widgets.", "description: A page of widgets.")
    again = generate(repo)
    assert (again.old_version, again.new_version) == ("1.0.0", "1.0.1")  # against HEAD's 1.0.0
    assert _versions(repo) == ["1.0.1", "1.0.0"]
    assert not check_vendor(repo)  # the gate regenerates the same way
    assert check_release(repo, None, tmp_path / "a").problems == ()
    _git(repo.root, "commit", "-qam", "acme 1.0.1")
    _edit(repo.spec_path, "description: A page of widgets.", "description: Widgets, one page.")
    assert generate(repo).new_version == "1.0.2"
    assert _versions(repo) == ["1.0.2", "1.0.1", "1.0.0"]


def test_the_unreleased_entry_is_replaced_by_one_for_everything_since_head(repo: Vendor) -> None:
    _edit(repo.spec_path, "description: Makes one.", "description: Makes exactly one.")
    assert generate(repo).new_version == "1.0.1"
    _remove_widget_name(repo)  # breaking on top of the unreleased patch: 2.0.0, not 1.0.1 + 2.0.0
    assert generate(repo).new_version == "2.0.0"
    assert _versions(repo) == ["2.0.0", "1.0.0"]
    text = (repo.output_dir / CHANGELOG_NAME).read_text(encoding="utf-8")
    assert "**Breaking:** response field Widget.name removed" in text
    # Both edits undone: the package is HEAD's again, version, changelog and all.
    _git(repo.root, "checkout", "-q", "HEAD", "--", "specs")
    assert generate(repo).new_version == "1.0.0"
    assert _git(repo.root, "status", "--porcelain") == ""


def test_without_git_each_regeneration_is_its_own_version(tmp_path: Path) -> None:
    root = tmp_path / "plain"
    shutil.copytree(FIXTURE, root)
    vendor = Vendor("acme", "Acme", "acme_client", DemoAccount("acme-shop", "demo-user"), root=root)
    assert generate(vendor).new_version == "1.0.0"
    _edit(vendor.spec_path, "description: Makes one.", "description: Makes exactly one.")
    assert generate(vendor).new_version == "1.0.1"
    _edit(vendor.spec_path, "description: One page of widgets.", "description: A page.")
    assert generate(vendor).new_version == "1.0.2"
    assert _versions(vendor) == ["1.0.2", "1.0.1", "1.0.0"]
