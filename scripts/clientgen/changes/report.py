"""A change report as the short table `nox -s generate` prints, as Markdown, and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from .model import Report

TABLE_ROWS = 12  # the console table stays short; the files under build/changes/ have them all
REPORT_DIR = Path("build") / "changes"


def headline(report: Report) -> str:
    if report.old_version == report.new_version:
        return f"version {report.new_version} kept (no change to the package)"
    counts = {level: 0 for level in ("major", "minor", "patch")}
    for change in report.changes:
        counts[change.level.label] += 1
    summary = ", ".join(
        f"{n} {'breaking' if label == 'major' else label}" for label, n in counts.items() if n
    )
    return f"{report.old_version} -> {report.new_version} ({report.level.label} bump: {summary})"


def table(report: Report) -> list[str]:
    """Fixed-width rows, most severe first, cut to TABLE_ROWS with a count of the rest."""
    rows = [(c.level.label.upper(), c.source, c.kind, c.detail) for c in report.changes]
    shown = rows[:TABLE_ROWS]
    if not shown:
        return []
    widths = [max(len(r[i]) for r in shown) for i in range(3)]
    lines = [
        f"    {lvl:<{widths[0]}}  {src:<{widths[1]}}  {kind:<{widths[2]}}  {detail}"
        for lvl, src, kind, detail in shown
    ]
    if len(rows) > TABLE_ROWS:
        lines.append(f"    ... and {len(rows) - TABLE_ROWS} more (see the Markdown report)")
    return lines


def markdown(report: Report) -> str:
    lines = [f"## {report.vendor}: {headline(report)}", ""]
    if report.changes:
        lines += ["| level | breaking | source | kind | change |", "|---|---|---|---|---|"]
        for c in report.changes:
            detail = c.detail.replace("|", "\\|")
            breaking = "yes" if c.breaking else "no"
            lines.append(f"| {c.level.label} | {breaking} | {c.source} | `{c.kind}` | {detail} |")
    return "\n".join(lines) + "\n"


def write_reports(report: Report, root: Path) -> tuple[Path, Path]:
    """build/changes/<vendor>.md and .json (gitignored; the changelog entry is what is kept)."""
    directory = root / REPORT_DIR
    directory.mkdir(parents=True, exist_ok=True)
    md, js = directory / f"{report.vendor}.md", directory / f"{report.vendor}.json"
    md.write_text(markdown(report), encoding="utf-8")
    js.write_text(json.dumps(report.as_json(), indent=2) + "\n", encoding="utf-8")
    return md, js
