"""Typed view of the response headers the Duoplane spec declares (generated)."""

from collections.abc import Mapping

from attrs import frozen

from ._runtime.headers import parse_bool, parse_int, parse_retry_after_header


@frozen
class ResponseHeaders:
    """Declared response headers, parsed; None when a header is absent or unparseable.

    Attributes:
        duoplane_has_next_page: `Duoplane-Has-Next-Page`: Whether a further page holds more records.
        duoplane_requests_left: `Duoplane-Requests-Left`: Requests still available in this API user's bucket; sent on every response.
        duoplane_retry_after_seconds: `Duoplane-Retry-After-Seconds`: Seconds to wait before calling again once the bucket is empty. The wait grows if
            calls keep arriving while limited.
        duoplane_total_count: `Duoplane-Total-Count`: How many records match the request across all pages.
        retry_after: `Retry-After`: Standard HTTP wait hint. RFC 9110 allows seconds or an HTTP date; Duoplane
            documents only its own header, so this carries the same number of seconds.
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
