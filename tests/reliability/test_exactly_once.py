"""Exactly once under ~20% faults, reduced sizes for CI (`nox -s soak` runs the full sizes)."""

from __future__ import annotations

import os

from reliability.exactly_once import duel_upserts, duoplane_creates

SIZE = float(os.environ.get("CLIENTGEN_SOAK_SCALE", "0.1"))  # 1.0 = 1,000 upserts, 200 creates


def test_duel_upserts_land_exactly_once() -> None:
    tally = duel_upserts(max(20, int(1000 * SIZE)))
    print("\n" + tally.line())
    assert (tally.duplicates, tally.lost, tally.wrong_totals) == (0, 0, 0)
    assert tally.stored == tally.sent


def test_duel_legacy_creates_reconcile_by_reading_first() -> None:
    tally = duel_upserts(max(20, int(200 * SIZE)), legacy=True)
    print("\n" + tally.line())
    assert (tally.duplicates, tally.lost, tally.wrong_totals) == (0, 0, 0)


def test_duoplane_creates_land_exactly_once() -> None:
    tally = duoplane_creates(max(20, int(200 * SIZE)))
    print("\n" + tally.line())
    assert (tally.duplicates, tally.lost, tally.wrong_totals) == (0, 0, 0)
    assert tally.stored == tally.sent
