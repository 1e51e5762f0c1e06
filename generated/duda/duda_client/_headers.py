"""Typed view of the response headers the Duda spec declares (generated)."""

from collections.abc import Mapping

from attrs import frozen

from ._runtime.headers import parse_retry_after_header


@frozen
class ResponseHeaders:
    """Declared response headers, parsed; None when a header is absent or unparseable.

    Attributes:
        retry_after: `Retry-After`: Seconds to wait before retrying. RFC 9110 also allows an HTTP date here, but
            Duda sends a whole number of seconds. Inferred: the docs name the 429 status but
            not this header, so the standard one is declared.
    """

    retry_after: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> "ResponseHeaders":
        """Parse from a case-insensitive mapping such as `httpx.Headers`."""
        return cls(
            retry_after=parse_retry_after_header(headers.get("Retry-After")),
        )
