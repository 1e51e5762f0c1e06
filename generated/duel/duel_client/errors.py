"""Every error this package raises. Catch `APIError` for all of them.

The hierarchy lives in `_runtime.errors` (shared by every generated package); it is re-exported here
so user code imports from one place.
"""

from ._runtime.errors import (
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InsecureTransportError,
    LimiterStoreError,
    ModelValidationError,
    NotFoundError,
    RateLimitedError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
)


class UnexpectedStatus(APIError):
    """The API answered a success or redirect status the spec does not document."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} (response body: {len(content)} bytes)")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousWriteError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InsecureTransportError",
    "LimiterStoreError",
    "NotFoundError",
    "RateLimitedError",
    "ModelValidationError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
