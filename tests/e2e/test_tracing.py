"""OpenTelemetry spans as a user records them: one CLIENT span per attempt, HTTP semconv (#13).

Uses the SDK's InMemorySpanExporter on a private TracerProvider (the global one is untouched).
"""

from __future__ import annotations

import base64
import importlib
from typing import Any

import pytest
from e2e.client_cases import LOOPBACK, VendorCase
from e2e.test_client_behaviour import (
    SENTINEL_SECRET,
    SENTINEL_USER,
    Recorder,
    cases,
    modes,
    refuse,
    reply,
)
from e2e.test_hooks import client_for, run_get
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

ENCODED = base64.b64encode(f"{SENTINEL_USER}:{SENTINEL_SECRET}".encode()).decode()


def recording() -> tuple[TracerProvider, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider, exporter


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def assert_no_secret(spans: tuple[ReadableSpan, ...]) -> None:
    for span in spans:
        text = repr(attrs(span)) + span.name
        for secret in (SENTINEL_USER, SENTINEL_SECRET, ENCODED):
            assert secret not in text


@cases
@modes
def test_a_retried_get_makes_one_client_span_per_attempt(
    case: VendorCase, asynchronous: bool
) -> None:
    provider, exporter = recording()
    recorder = Recorder(reply(503, {"message": "busy"}), reply(200, case.get_body))
    client = client_for(case, recorder, asynchronous, hooks=case.package.otel_hooks(provider))

    assert run_get(case, client, asynchronous).status_code == 200

    spans = exporter.get_finished_spans()
    assert len(spans) == 2 == len(recorder.requests)
    first, second = spans
    for span in spans:
        assert span.kind is SpanKind.CLIENT
        assert span.name == "GET"
        assert span.instrumentation_scope is not None
        assert span.instrumentation_scope.name == case.package.__name__
        assert attrs(span)["http.request.method"] == "GET"
        assert attrs(span)["url.full"] == LOOPBACK + case.get_path
        assert attrs(span)["server.address"] == "127.0.0.1"
        assert attrs(span)["server.port"] == 9
        assert attrs(span)["clientgen.operation_id"] == "get_order"
    assert attrs(first)["http.response.status_code"] == 503
    assert attrs(first)["error.type"] == "503"
    assert first.status.status_code is StatusCode.ERROR
    assert "http.request.resend_count" not in attrs(first)
    assert attrs(second)["http.response.status_code"] == 200
    assert "error.type" not in attrs(second)
    assert second.status.status_code is StatusCode.UNSET
    assert attrs(second)["http.request.resend_count"] == 1
    assert attrs(second)["clientgen.retry.reason"] == "HTTP 503"
    assert attrs(second)["clientgen.retry.wait_seconds"] > 0
    assert_no_secret(spans)


@cases
@modes
def test_a_connection_failure_records_its_error_type(case: VendorCase, asynchronous: bool) -> None:
    provider, exporter = recording()
    recorder = Recorder(refuse)
    client = client_for(case, recorder, asynchronous, hooks=case.package.otel_hooks(provider))
    with pytest.raises(case.package.errors.APIConnectionError):
        run_get(case, client, asynchronous)

    spans = exporter.get_finished_spans()
    assert len(spans) == len(recorder.requests) > 1
    resends = [attrs(s).get("http.request.resend_count") for s in spans]
    assert resends == [None, *range(1, len(spans))]
    for span in spans:
        assert attrs(span)["error.type"] == "ConnectError"
        assert "http.response.status_code" not in attrs(span)
        assert span.status.status_code is StatusCode.ERROR


@cases
def test_rate_limit_wait_lands_on_the_span_it_delayed(case: VendorCase) -> None:
    policy = importlib.import_module(f"{case.package.__name__}._runtime.policy")
    provider, exporter = recording()
    recorder = Recorder(reply(200, case.get_body))
    store = case.package.InMemoryStore()
    client = client_for(
        case,
        recorder,
        False,
        hooks=case.package.otel_hooks(provider),
        rate_limit=policy.RateLimitPolicy("leaky_bucket", 1, leak_per_second=0.01),
        limiter_store=store,
    )
    case.get(client)
    case.get(client)
    first, second = exporter.get_finished_spans()
    assert "clientgen.rate_limit.wait_seconds" not in attrs(first)
    assert 0 < attrs(second)["clientgen.rate_limit.wait_seconds"] <= 0.101
