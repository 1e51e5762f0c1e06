"""Four processes share one API user's bucket through Redis (a real redis-server on loopback)."""

from __future__ import annotations

import os

from reliability.shared_limit import run

SIZE = float(os.environ.get("CLIENTGEN_SOAK_SCALE", "0.1"))


def test_four_processes_share_one_bucket_without_a_429(redis_url: str) -> None:
    result = run(redis_url, workers=4, per_worker=max(20, int(100 * SIZE)))
    print("\n" + result.line())
    assert result.requests == 4 * max(20, int(100 * SIZE))
    assert result.too_many_requests == 0
    assert result.requests <= result.ceiling
