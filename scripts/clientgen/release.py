"""The release gate: the committed package against the last commit of its previous version.

The drift check proves generated/ is what the pipeline makes from the committed inputs; this proves
the version and changelog fit what changed since the previous version, so a breaking change cannot
land as 1.2.0 -> 1.2.0 or 1.2.0 -> 1.3.0, or without its changelog entry, even if someone set the
version by hand or generated with an older pipeline.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from .changes.changelog import CHANGELOG_NAME, describe, entries, named_by
from .changes.compare import compare_packages
from .changes.model import Report, sort_changes
from .errors import PipelineError
from .lock import LOCK_NAME, committed_version
from .vendors import Vendor
from .versioning import Level, bump, level_between, parse


class GitError(PipelineError):
    """A git command the gate needs failed; the message has git's own."""


def _git(root: Path, *args: str) -> bytes:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)
    if result.returncode != 0:
        raise GitError(f"git {' '.join(args)}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def _relative(vendor: Vendor) -> str:
    top = Path(_git(vendor.root, "rev-parse", "--show-toplevel").decode().strip())
    return vendor.output_dir.resolve().relative_to(top.resolve()).as_posix()


def previous_release(vendor: Vendor) -> str | None:
    """The revision holding the previous version of the package: the parent of the oldest commit
    in the newest run of lock commits at the current version (HEAD when the current version is
    not committed yet); the lock's first commit if the version never changed; None without git."""
    current = committed_version(vendor.output_dir)
    try:
        rel = _relative(vendor)
        log = _git(vendor.root, "log", "--format=%H", "--", f"{rel}/{LOCK_NAME}").decode().split()
    except GitError:
        return None
    oldest_same: str | None = None
    for commit in log:
        try:
            text = _git(vendor.root, "show", f"{commit}:{rel}/{LOCK_NAME}")
        except GitError:  # the lock was deleted in this commit
            break
        if json.loads(text)["version"] != current:
            return _short(vendor, f"{oldest_same}^") if oldest_same else "HEAD"
        oldest_same = commit
    return _short(vendor, oldest_same) if oldest_same else "HEAD"


def released_versions(vendor: Vendor) -> set[str]:
    """Every version the package's lock has held on the main line (first parents: a version
    made on a merged branch and remade on merging was never released from here); empty without
    git."""
    try:
        rel = _relative(vendor)
        log = _git(
            vendor.root, "log", "--first-parent", "--format=", "-p", "--", f"{rel}/{LOCK_NAME}"
        )
    except GitError:
        return set()
    return set(re.findall(r'^\+\s*"version":\s*"([^"]+)"', log.decode(errors="replace"), re.M))


def _short(vendor: Vendor, revision: str) -> str:
    return _git(vendor.root, "rev-parse", "--short", revision).decode().strip()


def extract(vendor: Vendor, revision: str, into: Path) -> Path | None:
    """generated/<vendor>/ as it was at `revision`, written under `into` (None if absent there)."""
    rel = _relative(vendor)
    try:
        archive = _git(vendor.root, "archive", "--format=tar", revision, rel)
    except GitError:
        return None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    tree = into / rel
    return tree if (tree / vendor.package_name).is_dir() else None


@dataclass(frozen=True, slots=True)
class ReleaseCheck:
    """What the gate compared and what it found wrong (empty `problems`: the release is sound)."""

    base: str | None
    report: Report | None
    problems: tuple[str, ...]


def _changelog(tree: Path) -> dict[str, str]:
    path = tree / CHANGELOG_NAME
    return entries(path.read_text(encoding="utf-8")) if path.exists() else {}


def _entries_since(history: dict[str, str], version: str) -> str:
    return "\n".join(text for v, text in history.items() if parse(v) > parse(version))


def check_release(vendor: Vendor, base: str | None, scratch: Path) -> ReleaseCheck:
    """Compare generated/<vendor>/ with its state at `base` (default: `previous_release`)."""
    base = base or previous_release(vendor)
    old_tree = extract(vendor, base, scratch) if base else None
    if old_tree is None:
        return ReleaseCheck(base, None, ())
    old_version = committed_version(old_tree) or "0.0.0"
    new_version = committed_version(vendor.output_dir) or "0.0.0"
    changes = sort_changes(compare_packages(vendor, old_tree, vendor.output_dir))
    report = Report(vendor.name, old_version, new_version, changes)
    needed, made = report.level, level_between(old_version, new_version)
    problems: list[str] = []
    if parse(new_version) < parse(old_version):
        problems.append(f"{vendor.name}: version went backwards, {old_version} -> {new_version}")
    elif needed > made:
        bump_made = "no version bump" if made is Level.NONE else f"a {made.label} bump"
        problems.append(
            f"{vendor.name}: {old_version} -> {new_version} is {bump_made}, but the changes "
            f"since {base} need a {needed.label} bump (to {bump(old_version, needed)}):"
        )
        problems += [f"    {c.level.label}: {c.detail}" for c in changes if c.level > made]
    history = _changelog(vendor.output_dir)
    if new_version != old_version:
        newer = _entries_since(history, old_version)
        if new_version not in history:
            problems.append(f"{vendor.name}: {CHANGELOG_NAME} has no entry for {new_version}")
        owners = named_by(report.changes)
        problems += [
            f"{vendor.name}: {CHANGELOG_NAME} does not name the breaking change: {c.detail}"
            for c in report.breaking
            if c.detail not in newer and describe(owners[c]) not in newer
        ]
    lost = sorted(released_versions(vendor) - set(history) - {new_version}, key=parse)
    if lost:  # e.g. a merge that took the other side's changelog
        problems.append(
            f"{vendor.name}: {CHANGELOG_NAME} lost the entries of released versions "
            f"{', '.join(lost)}; restore them from git history (`git log -p -- "
            f"{_relative(vendor)}/{CHANGELOG_NAME}`)"
        )
    if problems:
        rel = _relative(vendor)
        problems.append(
            f"to fix, let the pipeline write the release: `git checkout {base} -- {rel}` and "
            f"`nox -s generate -- {vendor.name}`"
        )
    return ReleaseCheck(base, report, tuple(problems))
