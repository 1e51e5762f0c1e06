"""Policy dataclasses: from_dict validation names the field; scaling and profiles."""

from __future__ import annotations

from typing import Any

import pytest
from clientgen.runtime.policy import (
    AuthPolicy,
    ClientPolicy,
    OperationPolicy,
    PaginationPolicy,
    RateLimitPolicy,
    RetryPolicy,
)
from unit.runtime.runtime_support import LEAKY_DICT, RETRY_DICT, client_policy_dict

PAGE = {
    "style": "page",
    "items_field": "data",
    "page_param": "page",
    "size_param": "per_page",
    "max_size": 250,
    "has_next_header": "Duoplane-Has-Next-Page",
    "total_header": "Duoplane-Total-Count",
}


def test_client_policy_round_trip() -> None:
    data = client_policy_dict(rate_limit=dict(LEAKY_DICT))
    data["operations"]["get_order"]["pagination"] = dict(PAGE)
    policy = ClientPolicy.from_dict(data)
    assert policy.vendor == "acme"
    assert policy.auth == AuthPolicy("basic", ("basic", "bearer"), True)
    assert policy.rate_limit is not None and policy.rate_limit.capacity == 40
    assert policy.retry.retry_on_status == frozenset({429, 500, 502, 503, 504})
    op = policy.operation("get_order")
    assert op is not None and op.idempotent and op.pagination is not None
    assert op.pagination.page_param == "page" and op.pagination.offset_param is None
    assert policy.operation("nope") is None
    assert policy.operation(None) is None


@pytest.mark.parametrize(
    ("mutate", "field", "rule"),
    [
        (lambda d: d.pop("vendor"), "ClientPolicy.vendor", "is required"),
        (lambda d: d.update(extra=1), "ClientPolicy.extra", "unknown field"),
        (lambda d: d["auth"].update(schemes=["digest"]), "ClientPolicy.auth.schemes[0]", "one of"),
        (lambda d: d["auth"].update(default="bearer", schemes=["basic"]), "auth.default", "one of"),
        (lambda d: d["auth"].update(require_https="yes"), "auth.require_https", "true or false"),
        (lambda d: d["retry"].update(max_retries=-1), "retry.max_retries", ">= 0"),
        (lambda d: d["retry"].update(max_retries=True), "retry.max_retries", "integer"),
        (lambda d: d["retry"].update(jitter=1.5), "retry.jitter", "between 0 and 1"),
        (lambda d: d["retry"].update(max_backoff=0.1), "retry.max_backoff", "initial_backoff"),
        (lambda d: d["retry"].update(retry_on_status=[700]), "retry.retry_on_status", "700"),
        (lambda d: d["retry"].update(retry_after_headers="Retry-After"), "retry_after_headers", ""),
        (lambda d: d["retry"].pop("max_elapsed"), "retry.max_elapsed", "is required"),
        (
            lambda d: d["operations"]["get_order"].update(method="FETCH"),
            "operations.get_order.method",
            "one of",
        ),
        (
            lambda d: d["operations"]["get_order"].update(operation_id="other"),
            "operations.get_order.operation_id",
            "must equal its key",
        ),
        (
            lambda d: d["operations"]["get_order"].update(rate_limit_profile="batch"),
            "operations.get_order.rate_limit_profile",
            "unknown profile",
        ),
        (
            lambda d: d["operations"]["get_order"].update(pagination={**PAGE, "max_size": 0}),
            "operations.get_order.pagination.max_size",
            ">= 1",
        ),
        (
            lambda d: d["operations"]["get_order"].update(
                pagination={"style": "offset", "items_field": "results", "max_size": 100}
            ),
            "pagination.offset_param",
            "required for style 'offset'",
        ),
    ],
)
def test_client_policy_errors_name_the_field(mutate: Any, field: str, rule: str) -> None:
    data = client_policy_dict()
    mutate(data)
    with pytest.raises(ValueError, match=r"^ClientPolicy") as info:
        ClientPolicy.from_dict(data)
    assert field in str(info.value)
    assert rule in str(info.value)


@pytest.mark.parametrize(
    ("overrides", "field", "rule"),
    [
        ({"algorithm": "token_bucket"}, "RateLimitPolicy.algorithm", "leaky_bucket"),
        ({"capacity": 0}, "RateLimitPolicy.capacity", ">= 1"),
        ({"leak_per_second": None}, "RateLimitPolicy.leak_per_second", "required"),
        ({"leak_per_second": 0}, "RateLimitPolicy.leak_per_second", "> 0"),
        ({"headroom": 40}, "RateLimitPolicy.headroom", "< capacity"),
        ({"profiles": {"default": dict(LEAKY_DICT)}}, "profiles.default", "reserved"),
        ({"profiles": {"a b": dict(LEAKY_DICT)}}, "profiles.a b", "profile names"),
        (
            {"profiles": {"batch": {"algorithm": "sliding_window", "capacity": 8}}},
            "RateLimitPolicy.profiles.batch.window_seconds",
            "required for sliding_window",
        ),
    ],
)
def test_rate_limit_errors_name_the_field(overrides: dict[str, Any], field: str, rule: str) -> None:
    with pytest.raises(ValueError) as info:
        RateLimitPolicy.from_dict({**LEAKY_DICT, **overrides})
    assert field in str(info.value) and rule in str(info.value)


def test_rate_limit_scaled_speeds_up_time_including_profiles() -> None:
    policy = RateLimitPolicy.from_dict(
        {
            "algorithm": "sliding_window",
            "capacity": 10,
            "window_seconds": 1.0,
            "profiles": {
                "batch": {"algorithm": "sliding_window", "capacity": 8, "window_seconds": 2}
            },
        }
    )
    fast = policy.scaled(10)
    assert fast.window_seconds == pytest.approx(0.1)
    assert fast.profile("batch").window_seconds == pytest.approx(0.2)
    assert fast.capacity == 10
    leaky = RateLimitPolicy.from_dict(dict(LEAKY_DICT)).scaled(4)
    assert leaky.leak_per_second == 8.0
    with pytest.raises(ValueError, match=r"scaled.factor"):
        policy.scaled(0)


def test_rate_limit_profile_lookup() -> None:
    policy = RateLimitPolicy.from_dict(
        {**LEAKY_DICT, "profiles": {"batch": {**LEAKY_DICT, "capacity": 8}}}
    )
    assert policy.profile(None) is policy
    assert policy.profile("batch").capacity == 8
    with pytest.raises(ValueError, match=r"unknown profile 'bulk'.*batch"):
        policy.profile("bulk")
    with pytest.raises(TypeError):
        policy.profiles["new"] = policy  # type: ignore[index]


def test_retry_scaled_divides_durations() -> None:
    fast = RetryPolicy.from_dict(dict(RETRY_DICT)).scaled(10)
    assert (fast.initial_backoff, fast.max_backoff, fast.max_elapsed) == pytest.approx(
        (0.05, 0.8, 6.0)
    )
    assert fast.max_retries == 3


def test_direct_construction_is_validated_too() -> None:
    with pytest.raises(ValueError, match=r"RateLimitPolicy.window_seconds"):
        RateLimitPolicy("sliding_window", 5)
    with pytest.raises(ValueError, match=r"AuthPolicy.default"):
        AuthPolicy("bearer", ("basic",))
    with pytest.raises(ValueError, match=r"RetryPolicy.jitter"):
        RetryPolicy(1, 0.1, 1.0, 10.0, 2.0, frozenset(), ())


def test_standalone_from_dict_paths() -> None:
    with pytest.raises(ValueError, match=r"^PaginationPolicy\.style: must be 'page' or 'offset'"):
        PaginationPolicy.from_dict({**PAGE, "style": "cursor"})
    with pytest.raises(ValueError, match=r"^OperationPolicy\.idempotent"):
        OperationPolicy.from_dict(
            {"operation_id": "x", "method": "get", "path": "/x", "idempotent": "no"}
        )
    op = OperationPolicy.from_dict(
        {"operation_id": "x", "method": "get", "path": "/x", "idempotent": True}
    )
    assert op.method == "GET"
    with pytest.raises(ValueError, match=r"^AuthPolicy: expected a mapping"):
        AuthPolicy.from_dict(["basic"])  # type: ignore[arg-type]


def test_policies_are_hashable_and_client_policy_scales() -> None:
    data = client_policy_dict(rate_limit={**LEAKY_DICT, "profiles": {"batch": dict(LEAKY_DICT)}})
    policy = ClientPolicy.from_dict(data)
    assert hash(policy) == hash(ClientPolicy.from_dict(data))
    assert policy == ClientPolicy.from_dict(data)
    fast = policy.scaled(2)
    assert fast.rate_limit is not None and fast.rate_limit.leak_per_second == 4.0
    assert fast.retry.initial_backoff == 0.25
    assert fast.operations == policy.operations
