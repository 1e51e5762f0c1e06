"""Typed view of the response headers the Duel spec declares (generated)."""

from collections.abc import Mapping

from attrs import frozen

from ._runtime.headers import parse_retry_after_header


@frozen
class ResponseHeaders:
    """Declared response headers, parsed; None when a header is absent or unparseable.

    Attributes:
        retry_after: `Retry-After`: Seconds to wait before retrying (RFC 9110 delay-seconds, never negative). RFC
            9110 also allows an HTTP date; Duel documents no header, so this declares the
            standard one.
    """

    retry_after: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> "ResponseHeaders":
        """Parse from a case-insensitive mapping such as `httpx.Headers`."""
        return cls(
            retry_after=parse_retry_after_header(headers.get("Retry-After")),
        )
