"""The rate-limit benchmark runs end to end and is well formed (no timing asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import ratelimit


def test_quick_rate_limit_benchmark_has_zero_429s_for_ours() -> None:
    row = ratelimit.run(60)
    assert row.ours.endswith("0 x 429"), row
    assert row.ratio > 0


def test_a_benchmark_without_its_tool_is_skipped_and_the_others_rows_are_kept() -> None:
    from bench.__main__ import run_all
    from bench.common import MissingTool, Row

    row = Row("a", "1/s", "2/s", 0.5, "reported", True)

    def missing() -> list[Row]:
        raise MissingTool("needs Prism: run npm ci --prefix tools/node")

    def broken() -> list[Row]:
        raise ValueError("bad figure")

    rows, notes, failed = run_all([("first", lambda: [row]), ("prism", missing), ("x", broken)])
    assert rows == [row]
    assert notes == [
        "skipped prism: needs Prism: run npm ci --prefix tools/node",
        "FAILED x: ValueError: bad figure",
    ]
    assert failed


def test_the_mock_benchmark_reports_a_missing_prism_before_measuring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bench import mockspeed
    from bench.common import MissingTool

    def absent(name: str) -> Path:
        raise FileNotFoundError(f"{name} not found: run `npm ci --prefix tools/node`")

    measured: list[str] = []
    monkeypatch.setattr(mockspeed, "find_node_tool", absent)
    monkeypatch.setattr(mockspeed, "measure", lambda *a, **k: measured.append("x"))
    with pytest.raises(MissingTool, match="npm ci --prefix tools/node"):
        mockspeed.run(10)
    assert measured == []
