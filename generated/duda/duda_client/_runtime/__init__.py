"""Client runtime copied verbatim into every generated package as `<pkg>/_runtime/`.

Stdlib + httpx only at import time. `validation` (jsonschema) and `redis_store` (redis, used only
by whoever builds a Redis client) are imported from their modules directly, so a package that
needs neither does not pay for them.
"""

from .auth import BasicAuth, BearerAuth, Secret, check_base_url, credential_key
from .errors import (
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InsecureTransportError,
    NotFoundError,
    RateLimitedError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
    error_for_response,
    raise_for_status,
)
from .memory_store import InMemoryStore
from .pagination import aiter_items, aiter_pages, iter_items, iter_pages
from .policy import (
    AuthPolicy,
    ClientPolicy,
    OperationPolicy,
    PaginationPolicy,
    RateLimitPolicy,
    RetryPolicy,
)
from .ratelimit import AsyncRateLimiter, RateLimiter
from .transport import AsyncPolicyTransport, PolicyTransport

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousWriteError",
    "AsyncPolicyTransport",
    "AsyncRateLimiter",
    "AuthPolicy",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "ClientPolicy",
    "ConflictError",
    "ForbiddenError",
    "InMemoryStore",
    "InsecureTransportError",
    "NotFoundError",
    "OperationPolicy",
    "PaginationPolicy",
    "PolicyTransport",
    "RateLimitPolicy",
    "RateLimitedError",
    "RateLimiter",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "aiter_items",
    "aiter_pages",
    "check_base_url",
    "credential_key",
    "error_for_response",
    "iter_items",
    "iter_pages",
    "raise_for_status",
]
