"""The server-side limiters, on a fake clock, with the vendors' documented numbers."""

from __future__ import annotations

import pytest
from clientgen.testing.clock import FakeClock, TimeScale
from clientgen.testing.ratelimit import LeakyBucket, SlidingWindow


def duoplane_bucket(clock: FakeClock, scale: float = 1.0) -> LeakyBucket:
    leak = TimeScale(scale).rate_to_real(2.0)
    return LeakyBucket(clock, capacity=40, leak_per_second=leak)


def test_bucket_takes_40_then_refuses_with_half_a_second_wait() -> None:
    clock = FakeClock()
    bucket = duoplane_bucket(clock)
    left = [bucket.hit("user").remaining for _ in range(40)]
    assert left == list(range(39, -1, -1))
    refused = bucket.hit("user")
    assert (refused.allowed, refused.remaining, refused.retry_after) == (False, 0, 0.5)
    clock.advance(0.5)
    fits = bucket.hit("user")
    assert fits.allowed and fits.remaining == 0


def test_bucket_is_per_user() -> None:
    clock = FakeClock()
    bucket = duoplane_bucket(clock)
    for _ in range(40):
        bucket.hit("a")
    assert not bucket.hit("a").allowed
    assert bucket.hit("b").remaining == 39


def test_calling_while_throttled_grows_the_wait() -> None:
    clock = FakeClock()
    bucket = duoplane_bucket(clock)
    for _ in range(40):
        bucket.hit("user")
    waits = []
    for _ in range(3):
        waits.append(bucket.hit("user").retry_after)
        clock.advance(0.1)
    # 0.5 at t=0; each request during the wait adds one slot's drain time (0.5 s).
    assert waits == pytest.approx([0.5, 0.9, 1.3])
    clock.advance(1.5 - 0.3 - 1e-6)
    assert not bucket.hit("user").allowed  # still early: penalised again
    wait = bucket.peek("user").retry_after
    clock.advance(wait)
    assert bucket.hit("user").allowed


def test_time_scale_leaks_faster_and_shortens_waits() -> None:
    clock = FakeClock()
    bucket = duoplane_bucket(clock, scale=10.0)
    for _ in range(40):
        bucket.hit("user")
    refused = bucket.hit("user")
    assert refused.retry_after == pytest.approx(0.05)
    clock.advance(0.05)
    assert bucket.hit("user").allowed
    clock.advance(1.0)  # 20 leak per real second at scale 10
    assert bucket.peek("user").remaining == 20


def test_sliding_window() -> None:
    clock = FakeClock()
    window = SlidingWindow(clock, capacity=10, window_seconds=1.0)
    assert [window.hit("k").allowed for _ in range(11)] == [True] * 10 + [False]
    assert window.peek("k").retry_after == pytest.approx(1.0)
    clock.advance(1.0)
    assert window.hit("k").allowed


@pytest.mark.parametrize("capacity, leak", [(0, 1.0), (1, 0.0)])
def test_bucket_rejects_bad_settings(capacity: int, leak: float) -> None:
    with pytest.raises(ValueError, match=r"capacity|leak_per_second"):
        LeakyBucket(FakeClock(), capacity=capacity, leak_per_second=leak)
