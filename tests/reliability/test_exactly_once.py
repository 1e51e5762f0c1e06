"""Exactly once under ~20% faults, reduced sizes for CI (`nox -s soak` runs the full sizes);
each test runs against the plain mock and the realistic-vendor one (`mock_quirks`)."""

from __future__ import annotations

import os

from clientgen.testing import Quirks

from reliability.exactly_once import duel_upserts, duoplane_creates

SIZE = float(os.environ.get("CLIENTGEN_SOAK_SCALE", "0.1"))  # 1.0 = 1,000 upserts, 200 creates


def test_duel_upserts_land_exactly_once(mock_quirks: Quirks) -> None:
    tally = duel_upserts(max(20, int(1000 * SIZE)), quirks=mock_quirks)
    print("\n" + tally.line())
    assert (tally.duplicates, tally.lost, tally.wrong_totals) == (0, 0, 0)
    assert tally.stored == tally.sent


def test_duel_legacy_creates_reconcile_by_reading_first(mock_quirks: Quirks) -> None:
    tally = duel_upserts(max(20, int(200 * SIZE)), legacy=True, quirks=mock_quirks)
    print("\n" + tally.line())
    assert (tally.duplicates, tally.lost, tally.wrong_totals) == (0, 0, 0)


def test_duoplane_creates_land_exactly_once(mock_quirks: Quirks) -> None:
    tally = duoplane_creates(max(20, int(200 * SIZE)), quirks=mock_quirks)
    print("\n" + tally.line())
    assert (tally.duplicates, tally.lost, tally.wrong_totals) == (0, 0, 0)
    assert tally.stored == tally.sent
