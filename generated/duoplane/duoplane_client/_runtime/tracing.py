"""OpenTelemetry client spans, one per attempt, built on `hooks` (needs the `otel` extra).

Attributes follow the HTTP client semantic conventions (`http.request.method`, `url.full` as
`redact.safe_url` shows it, `server.address`, `server.port`, `http.response.status_code`,
`error.type`, `http.request.resend_count` on a resend), plus ours: `clientgen.operation_id`,
and on the attempt they delayed, `clientgen.rate_limit.wait_seconds` and, for a resend,
`clientgen.retry.reason` and `clientgen.retry.wait_seconds`. opentelemetry is imported only when
`otel_hooks` is called, so the package imports without it.
"""

from __future__ import annotations

from typing import Any

import httpx

from .hooks import ErrorEvent, Hooks, RateLimitWaitEvent, RequestEvent, ResponseEvent, RetryEvent
from .redact import port_of

__all__ = ["otel_hooks"]


class _Spans:
    """The open span of each call's current attempt, and what the next attempt must carry."""

    def __init__(self, tracer: Any, span_kind: Any, status: Any) -> None:
        self._tracer = tracer
        self._kind = span_kind
        self._error_status = status
        self._open: dict[int, Any] = {}
        self._next: dict[int, dict[str, str | int | float]] = {}

    def _carry(self, request_id: int, attributes: dict[str, str | int | float]) -> None:
        self._next.setdefault(request_id, {}).update(attributes)

    def rate_limit_wait(self, event: RateLimitWaitEvent) -> None:
        self._carry(event.request_id, {"clientgen.rate_limit.wait_seconds": event.wait})

    def retry(self, event: RetryEvent) -> None:
        attributes: dict[str, str | int | float] = {
            "clientgen.retry.reason": event.reason,
            "clientgen.retry.wait_seconds": event.wait,
        }
        self._carry(event.request_id, attributes)

    def request(self, event: RequestEvent) -> None:
        url = httpx.URL(event.url)
        attributes: dict[str, str | int | float] = {
            "http.request.method": event.method,
            "url.full": event.url,
            "server.address": url.host,
        }
        port = port_of(url)
        if port is not None:
            attributes["server.port"] = port
        if event.operation_id is not None:
            attributes["clientgen.operation_id"] = event.operation_id
        if event.attempt > 1:
            attributes["http.request.resend_count"] = event.attempt - 1
        attributes.update(self._next.pop(event.request_id, {}))
        self._open[event.request_id] = self._tracer.start_span(event.method, kind=self._kind, attributes=attributes)

    def response(self, event: ResponseEvent) -> None:
        span = self._open.pop(event.request_id, None)
        if span is None:
            return
        span.set_attribute("http.response.status_code", event.status_code)
        if event.status_code >= 400:
            span.set_attribute("error.type", str(event.status_code))
            span.set_status(self._error_status)
        span.end()

    def error(self, event: ErrorEvent) -> None:
        span = self._open.pop(event.request_id, None)
        if span is None:
            return
        span.set_attribute("error.type", event.error_type)
        span.set_status(self._error_status)
        span.end()


def otel_hooks(tracer_provider: Any = None, *, name: str = "clientgen", version: str | None = None) -> Hooks:
    """Hooks that record a client span per attempt on `tracer_provider` (default: the global one).

    `name` / `version` name the instrumentation scope (the generated package passes its own).
    """
    try:
        from opentelemetry import trace  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        raise ImportError(f"otel_hooks needs opentelemetry-api: pip install '{name.replace('_', '-')}[otel]'") from exc
    tracer = trace.get_tracer(name, version, tracer_provider=tracer_provider)
    spans = _Spans(tracer, trace.SpanKind.CLIENT, trace.Status(trace.StatusCode.ERROR))
    return Hooks(
        on_request=[spans.request],
        on_response=[spans.response],
        on_error=[spans.error],
        on_retry=[spans.retry],
        on_rate_limit_wait=[spans.rate_limit_wait],
    )
