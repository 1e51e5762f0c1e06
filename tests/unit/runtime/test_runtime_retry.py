"""Pure retry decisions: backoff shape, Retry-After precedence, what is safe to retry."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from clientgen.runtime.errors import AmbiguousWriteError, APIConnectionError, APITimeoutError
from clientgen.runtime.retry import (
    RequestInfo,
    RetryDecision,
    RetryState,
    backoff_delay,
    decide,
    retry_after_from,
)
from unit.runtime.runtime_support import FakeClock, retry_policy

GET = RequestInfo("get_order", "GET", "/orders/1", idempotent=True)
POST = RequestInfo("create_order", "POST", "/orders", idempotent=False)
NOW = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)
RNG = random.Random(7)


def test_backoff_is_exponential_and_capped() -> None:
    policy = retry_policy(initial_backoff=0.5, max_backoff=3.0, jitter=0.0)
    delays = [backoff_delay(n, policy, RNG) for n in range(1, 7)]
    assert delays == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0]
    assert backoff_delay(10_000, policy, RNG) == 3.0


def test_backoff_jitter_only_shortens_within_the_fraction() -> None:
    policy = retry_policy(initial_backoff=1.0, max_backoff=8.0, jitter=0.25)
    rng = random.Random(1)
    samples = [backoff_delay(3, policy, rng) for _ in range(500)]
    assert all(3.0 <= s <= 4.0 for s in samples)
    assert max(samples) - min(samples) > 0.5  # it actually spreads


def test_retry_after_from_honours_header_order() -> None:
    policy = retry_policy(retry_after_headers=["Duoplane-Retry-After-Seconds", "Retry-After"])
    both = httpx.Response(429, headers={"Retry-After": "9", "Duoplane-Retry-After-Seconds": "4"})
    assert retry_after_from(both, policy, NOW) == 4.0
    only_standard = httpx.Response(429, headers={"Retry-After": "9"})
    assert retry_after_from(only_standard, policy, NOW) == 9.0
    garbage_first = httpx.Response(
        429, headers={"Duoplane-Retry-After-Seconds": "soon", "Retry-After": "2"}
    )
    assert retry_after_from(garbage_first, policy, NOW) == 2.0
    assert retry_after_from(httpx.Response(429), policy, NOW) is None


def test_retry_after_is_in_vendor_seconds_so_a_scaled_policy_scales_it() -> None:
    policy = retry_policy(retry_after_headers=["Retry-After"]).scaled(50)
    response = httpx.Response(429, headers={"Retry-After": "1"})
    assert retry_after_from(response, policy, NOW) == pytest.approx(0.02)
    assert retry_after_from(response, policy.scaled(2), NOW) == pytest.approx(0.01)


def run(
    info: RequestInfo,
    *,
    attempt: int = 1,
    elapsed: float = 0.0,
    response: httpx.Response | None = None,
    exc: Exception | None = None,
    **policy: object,
) -> RetryDecision:
    return decide(
        info,
        retry_policy(**policy),
        attempt=attempt,
        elapsed=elapsed,
        response=response,
        exc=exc,
        rng=RNG,
        now=NOW,
    )


def test_idempotent_retryable_status_retries_with_backoff() -> None:
    decision = run(GET, attempt=2, response=httpx.Response(503))
    assert decision.retry and decision.delay == 1.0 and decision.reason == "HTTP 503"


def test_non_retryable_status_and_success_stop_with_the_response() -> None:
    for status in (200, 201, 400, 404, 501):
        decision = run(GET, response=httpx.Response(status))
        assert not decision.retry and decision.error is None


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_non_idempotent_never_retried_on_status(status: int) -> None:
    decision = run(POST, response=httpx.Response(status, headers={"Retry-After": "1"}))
    assert not decision.retry and decision.error is None


def test_retry_after_seconds_and_date_win_over_backoff() -> None:
    seconds = run(GET, response=httpx.Response(429, headers={"Retry-After": "7"}))
    assert seconds.delay == 7.0 and "Retry-After 7s" in seconds.reason
    date = format_datetime(NOW + timedelta(seconds=42), usegmt=True)
    dated = run(GET, response=httpx.Response(503, headers={"Retry-After": date}))
    assert dated.delay == 42.0
    duoplane = run(GET, response=httpx.Response(429, headers={"Duoplane-Retry-After-Seconds": "3"}))
    assert duoplane.delay == 3.0 and "Duoplane-Retry-After-Seconds" in duoplane.reason


def test_retry_after_beyond_the_budget_returns_the_response() -> None:
    decision = run(GET, elapsed=50, response=httpx.Response(429, headers={"Retry-After": "11"}))
    assert not decision.retry and decision.error is None
    fits = run(GET, elapsed=50, response=httpx.Response(429, headers={"Retry-After": "10"}))
    assert fits.retry


def test_attempt_cap() -> None:
    assert run(GET, attempt=3, response=httpx.Response(503)).retry
    assert not run(GET, attempt=4, response=httpx.Response(503)).retry
    assert not run(GET, response=httpx.Response(503), max_retries=0).retry


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("t"), httpx.PoolTimeout("t")]
)
def test_pre_send_failures_are_retried_even_for_writes(exc: Exception) -> None:
    decision = run(POST, exc=exc)
    assert decision.retry and "before the request was sent" in decision.reason


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("t"),
        httpx.WriteTimeout("t"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
    ],
)
def test_write_that_may_have_been_sent_is_ambiguous(exc: Exception) -> None:
    decision = run(POST, exc=exc)
    assert not decision.retry
    error = decision.error
    assert isinstance(error, AmbiguousWriteError)
    assert error.operation_id == "create_order"
    assert "may have been processed" in str(error) and "reconcile with a read" in str(error)
    assert type(exc).__name__ in str(error)


def test_idempotent_transport_failure_retries_then_maps_error_type() -> None:
    assert run(GET, exc=httpx.ReadTimeout("t")).retry
    timeout = run(GET, attempt=4, exc=httpx.ReadTimeout("t")).error
    assert type(timeout) is APITimeoutError and "gave up after 4 attempt(s)" in str(timeout)
    dropped = run(GET, attempt=4, exc=httpx.RemoteProtocolError("x")).error
    assert type(dropped) is APIConnectionError
    connect = run(POST, attempt=4, exc=httpx.ConnectError("x")).error
    assert type(connect) is APIConnectionError
    pool = run(POST, attempt=4, exc=httpx.PoolTimeout("x")).error
    assert type(pool) is APITimeoutError


def test_elapsed_budget_stops_backoff() -> None:
    assert not run(GET, elapsed=59.9, exc=httpx.ConnectError("x")).retry
    assert not run(GET, elapsed=59.9, response=httpx.Response(503)).retry


def test_unsupported_protocol_is_never_retried() -> None:
    decision = run(GET, exc=httpx.UnsupportedProtocol("ftp"))
    assert not decision.retry and type(decision.error) is APIConnectionError


def test_decide_needs_exactly_one_outcome() -> None:
    with pytest.raises(TypeError):
        decide(GET, retry_policy(), attempt=1, elapsed=0, rng=RNG)


def test_retry_state_counts_attempts_and_time_from_first_send() -> None:
    clock = FakeClock()
    state = RetryState(GET, retry_policy(), clock=clock, rng=random.Random(0))
    clock.now += 100  # time queued before the first send is not part of the budget
    assert state.elapsed == 0.0
    assert state.begin_attempt() == 1
    clock.now += 5
    assert state.elapsed == 5.0
    assert state.decide(response=httpx.Response(503)).delay == 0.5
    state.begin_attempt()
    assert state.decide(response=httpx.Response(503)).delay == 1.0


def test_retry_state_built_after_the_first_attempt_keeps_its_start_time() -> None:
    clock = FakeClock()
    started = clock.now
    clock.now += 2
    state = RetryState(
        GET, retry_policy(), clock=clock, rng=random.Random(0), first_attempt_at=started
    )
    assert (state.attempt, state.elapsed) == (1, 2.0)
    assert state.begin_attempt() == 2


def test_a_429_is_retried_for_a_create_too() -> None:
    """A 429 means the vendor applied nothing: resending a non-idempotent create is safe."""
    decision = run(POST, response=httpx.Response(429, headers={"Retry-After": "3"}))
    assert decision.retry and decision.delay == 3.0


def test_429_refusals_do_not_use_up_max_retries_but_max_elapsed_bounds_them() -> None:
    policy = retry_policy(max_retries=1, max_elapsed=9.0)
    clock = FakeClock()
    state = RetryState(POST, policy, clock=clock, rng=random.Random(0), first_attempt_at=clock.now)
    refused = httpx.Response(429, headers={"Retry-After": "2"})
    for _ in range(4):  # four refusals in a row, more than max_retries
        assert state.decide(response=refused).retry
        clock.sleep(2.0)
        state.begin_attempt()
    assert not state.decide(response=refused).retry  # 8 s gone: 2 more would pass 9
    get_state = RetryState(GET, policy, clock=clock, first_attempt_at=clock.now)
    get_state.decide(response=refused)
    get_state.begin_attempt()
    assert get_state.decide(response=httpx.Response(503)).retry  # the first real failure
    get_state.begin_attempt()
    assert not get_state.decide(response=httpx.Response(503)).retry  # max_retries=1 used up
