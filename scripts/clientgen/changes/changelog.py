"""`generated/<vendor>/CHANGELOG.md`, Keep a Changelog style: one entry per version, newest first,
each written once from the change report of the regeneration that made the version."""

from __future__ import annotations

import re

from .model import Change, Report

CHANGELOG_NAME = "CHANGELOG.md"
ENTRY_START = re.compile(r"^## \[(?P<version>[^\]]+)\]", re.MULTILINE)
HEADER = """# Changelog

All notable changes to `{project}`. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and versions follow
[Semantic Versioning](https://semver.org/spec/v2.0.0.html). clientgen writes each entry from the
change report of the regeneration that made the version; do not edit by hand.
"""
SECTIONS = ("Removed", "Changed", "Added")
INITIAL_NOTE = "- First version tracked by clientgen's change report and lock file."
WHOLE = ("module", "class")  # named once when added or removed whole
UNCHANGED_API_NOTE = "Regenerated; the public API is unchanged."


def entries(text: str) -> dict[str, str]:
    """Version -> its entry (heading included), in file order (newest first)."""
    starts = [m for m in ENTRY_START.finditer(text)]
    found: dict[str, str] = {}
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        found[match["version"]] = text[match.start() : end].strip() + "\n"
    return found


def _section(change: Change) -> str:
    if change.kind.endswith("-removed") or change.kind == "python-object-removed":
        return "Removed"
    if change.kind.endswith("-added") or "-added-" in change.kind:
        return "Added"
    return "Changed"


def _whole(change: Change) -> bool:
    """A module or class added or removed whole: named once, with how many public names."""
    return change.object_kind in WHOLE and _section(change) in ("Added", "Removed")


def named_by(changes: tuple[Change, ...]) -> dict[Change, Change]:
    """Each change -> the change whose changelog line names it: itself, or the outermost module
    or class added or removed whole that holds it (its members get no line of their own)."""
    whole = {(_section(c), c.where): c for c in changes if _whole(c)}
    owners: dict[Change, Change] = {}
    for change in changes:
        parts = change.where.split(".")
        outer = (whole.get((_section(change), ".".join(parts[:n]))) for n in range(1, len(parts)))
        owners[change] = next((c for c in outer if c is not None), change)
    return owners


def describe(change: Change) -> str:
    """The text a changelog line names `change` by (what the release gate looks for)."""
    if not _whole(change):
        return change.detail
    verb = "added" if _section(change) == "Added" else "removed"
    names = "name" if change.members == 1 else "names"
    return f"{verb} {change.object_kind} `{change.where}` ({change.members} public {names})"


def change_line(change: Change) -> str:
    prefix = "**Breaking:** " if change.breaking else ""
    return f"- {prefix}{describe(change)}"


def render_entry(report: Report, date: str, initial: bool = False) -> str:
    lines = [f"## [{report.new_version}] - {date}", ""]
    if initial:
        lines.append(INITIAL_NOTE)
    owners = named_by(report.changes)
    for section in SECTIONS:
        items = [
            change_line(c) for c in report.changes if _section(c) == section and owners[c] is c
        ]
        if items:
            lines += [f"### {section}", "", *items, ""]
    return "\n".join(lines).strip() + "\n"


def render_changelog(project: str, versions: dict[str, str]) -> str:
    """The file for `project` with `versions` (newest first) as its entries."""
    body = "\n".join(versions.values())
    return HEADER.format(project=project) + "\n" + body
