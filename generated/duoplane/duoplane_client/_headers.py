"""Typed view of the response headers the Duoplane spec declares (generated)."""

from collections.abc import Mapping

from attrs import frozen

from ._runtime.headers import parse_bool, parse_int, parse_retry_after_header


@frozen
class ResponseHeaders:
    """Declared response headers, parsed; None when a header is absent or unparseable.

    Attributes:
        duoplane_has_next_page: `Duoplane-Has-Next-Page`: Whether a further page holds more records. Docs disagree: a header in the
            captured overview, `metadata.has_next_page` on developers.duoplane.com.
        duoplane_requests_left: `Duoplane-Requests-Left`: Requests still available in this API user's bucket. Docs disagree: the captured
            overview says every response carries this header; developers.duoplane.com
            reports the figure only as `metadata.requests_remaining` in the body. So it is
            not required.
        duoplane_retry_after_seconds: `Duoplane-Retry-After-Seconds`: Seconds to wait before calling again once the bucket is empty. The wait grows if
            calls keep arriving while limited. Docs disagree: a header in the captured
            overview, `metadata.retry_after_seconds` on developers.duoplane.com.
        duoplane_total_count: `Duoplane-Total-Count`: How many records match the request across all pages. Docs disagree: a header in
            the captured overview, `metadata.total_count` on developers.duoplane.com.
        retry_after: `Retry-After`: Standard HTTP wait hint. Inferred: no Duoplane page names this header (they
            document only `Duoplane-Retry-After-Seconds`); it is declared so that a standard
            wait hint, if one is sent, is read. RFC 9110 allows seconds or an HTTP date;
            here it carries seconds.
    """

    duoplane_has_next_page: bool | None = None
    duoplane_requests_left: int | None = None
    duoplane_retry_after_seconds: int | None = None
    duoplane_total_count: int | None = None
    retry_after: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> "ResponseHeaders":
        """Parse from a case-insensitive mapping such as `httpx.Headers`."""
        return cls(
            duoplane_has_next_page=parse_bool(headers.get("Duoplane-Has-Next-Page")),
            duoplane_requests_left=parse_int(headers.get("Duoplane-Requests-Left")),
            duoplane_retry_after_seconds=parse_int(headers.get("Duoplane-Retry-After-Seconds")),
            duoplane_total_count=parse_int(headers.get("Duoplane-Total-Count")),
            retry_after=parse_retry_after_header(headers.get("Retry-After")),
        )
