"""A result row, the printed table and the JSON file every benchmark shares."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from shared_paths import REPO_ROOT

RESULTS = REPO_ROOT / "bench-results" / "bench.json"


class MissingTool(RuntimeError):
    """A benchmark cannot run on this machine; the message says what to install."""


@dataclass
class Row:
    """One benchmark: our figure, the baseline's, and whether the target holds."""

    name: str
    ours: str
    baseline: str
    ratio: float
    target: str
    met: bool


class Rate(Protocol):
    """A measured run: its rate and a one-line account of it."""

    @property
    def per_second(self) -> float: ...

    def describe(self) -> str: ...


def rate_row(
    name: str, ours: Rate, baseline: Rate, target: str = "reported", met: bool = True
) -> Row:
    """A row comparing two rates, higher is better (throughput benchmarks)."""
    ratio = ours.per_second / baseline.per_second
    return Row(name, ours.describe(), baseline.describe(), ratio, target, met)


def table(rows: list[Row]) -> str:
    lines = [
        "| benchmark | ours | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.name} | {r.ours} | {r.baseline} | {r.ratio:.2f} | {r.target} | "
        f"{'yes' if r.met else 'NO'} |"
        for r in rows
    ]
    return "\n".join(lines)


def write_json(rows: list[Row], path: Path = RESULTS) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([asdict(r) for r in rows], indent=2) + "\n", encoding="utf-8")
    return path
