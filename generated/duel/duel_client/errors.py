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
    UnexpectedStatus,
    UnprocessableEntityError,
)

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
