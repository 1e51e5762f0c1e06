"""The rate-limit benchmark runs end to end and is well formed (no timing asserted)."""

from __future__ import annotations

from bench import ratelimit


def test_quick_rate_limit_benchmark_has_zero_429s_for_ours() -> None:
    row = ratelimit.run(60)
    assert row.ours.endswith("0 x 429"), row
    assert row.ratio > 0
