"""Exceptions raised by generated clients, and the mapping from HTTP responses to them.

Callers catch by meaning (`NotFoundError`, `RateLimitedError`, `AmbiguousWriteError`) instead of
inspecting status codes. Messages carry the vendor's own error text, the operation, the method
and the URL path, but never the query string, headers or credentials.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

import httpx

from .headers import parse_retry_after

__all__ = [
    "PARSE_ERRORS",
    "SECRET_NAME",
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
    "ModelValidationError",
    "NotFoundError",
    "RateLimitedError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "error_for_response",
    "invalid_value",
    "missing_key",
    "raise_for_status",
    "undeclared_keys",
]

DEFAULT_RETRY_AFTER_HEADERS = ("Retry-After", "Duoplane-Retry-After-Seconds")
# Field and parameter names whose values are never shown in a message (here and in validation).
SECRET_NAME = re.compile(r"pass(word|wd)?|token|secret|authori[sz]ation|api_?key|credential", re.I)
_MAX_DETAIL = 500
_MAX_BODY_TEXT = 4000
_WRITE_METHODS = frozenset({"POST", "PATCH"})


class APIError(Exception):
    """Base of every error a generated client raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take keyword-only arguments, which Exception's pickling cannot replay:
        # rebuild from the attributes instead (so an error raised in a worker process reaches
        # the parent as itself, not as BrokenProcessPool).
        return (_rebuild_error, (type(self), self.args, dict(self.__dict__)))


def _rebuild_error(cls: type[APIError], args: tuple[object, ...], state: dict[str, object]) -> APIError:
    """`APIError.__reduce__`'s counterpart: the same class, args and attributes, no __init__."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class APIStatusError(APIError):
    """The server answered with a 4xx/5xx status."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object = None,
        headers: httpx.Headers | None = None,
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers = headers if headers is not None else httpx.Headers()
        self.operation_id = operation_id
        self.method = method
        self.path = path


class BadRequestError(APIStatusError):
    """400: the vendor rejected the request as malformed."""


class UnauthorizedError(APIStatusError):
    """401: credentials missing or wrong."""


class ForbiddenError(APIStatusError):
    """403: credentials valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (for this account)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid request."""


class RateLimitedError(APIStatusError):
    """429: over the vendor's rate limit; `retry_after` is the server's hint in seconds."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 429,
        body: object = None,
        headers: httpx.Headers | None = None,
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            status_code=status_code,
            body=body,
            headers=headers,
            operation_id=operation_id,
            method=method,
            path=path,
        )
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: the vendor failed; for a write, it may still have been applied."""


class APIConnectionError(APIError):
    """No usable response: the connection failed or broke."""

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout."""


class AmbiguousWriteError(APIConnectionError):
    """A non-idempotent request failed after it may have reached the server.

    It was deliberately not retried (a retry could create a duplicate); reconcile with a read
    before resending.
    """


class UnexpectedStatus(APIError):
    """The API answered a success or redirect status the spec does not document, and the client
    was asked to refuse that (`strict_responses=True`, or a 3xx with `raise_on_unexpected_status`).
    By default an undeclared 2xx is a success (`Response.spec_mismatches` says so)."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} (response body: {len(content)} bytes)")


class ResponseValidationError(APIError, ValueError):
    """A response body does not match the schema the spec declares for it."""

    def __init__(self, operation_id: str | None, *, field: str, rule: str, message: str | None = None) -> None:
        if message is None:
            message = f"{operation_id or 'response'}: invalid response body at {field}: {rule}"
        super().__init__(message)
        self.operation_id = operation_id
        self.field = field
        self.rule = rule


class RequestValidationError(APIError, ValueError):
    """A request body was refused locally, before sending, because it breaks the spec's schema."""

    def __init__(self, operation_id: str | None, *, field: str, rule: str, message: str | None = None) -> None:
        if message is None:
            message = f"{operation_id or 'request'}: invalid request body at {field}: {rule}"
        super().__init__(message)
        self.operation_id = operation_id
        self.field = field
        self.rule = rule


class ModelValidationError(APIError, ValueError):
    """A model was given data it cannot represent (from_dict) or hold (to_dict): a missing or
    undeclared key, a value of the wrong type, outside its enum or format. `field` is the dotted
    path from the outermost model (`order_items[0].quantity`), `rule` the JSON Schema keyword."""

    def __init__(self, model: str, *, field: str, rule: str, detail: str) -> None:
        super().__init__(f"{model}: {field}: {detail} (rule: {rule})")
        self.model = model
        self.field = field
        self.rule = rule
        self.detail = detail


# What a generated model's conversion code raises on data it cannot represent. KeyError is not
# here: a missing required key is caught once per model and reported as `required`.
PARSE_ERRORS = (TypeError, ValueError, AttributeError)


def _join(step: str, inner: str) -> str:
    return step + (inner if inner.startswith("[") else f".{inner}")


def invalid_value(model: str, key: str | int, kind: str, value: object, exc: BaseException) -> ModelValidationError:
    """`exc`, raised converting `key` of `model`, as a ModelValidationError naming the field.

    A nested model's own ModelValidationError gets `key` prepended to its path, so the error
    that reaches the caller names the whole path. `kind` is what the field holds: "enum",
    "format" (dates, uuids) or anything else.
    """
    step = f"[{key}]" if isinstance(key, int) else key
    if isinstance(exc, ModelValidationError):
        field = _join(step, exc.field)
        return ModelValidationError(model, field=field, rule=exc.rule, detail=exc.detail)
    if kind in ("enum", "format") and isinstance(value, str):
        rule = kind
        detail = "not one of the allowed values" if kind == "enum" else "not in the format"
    else:
        rule, detail = "type", f"a {type(value).__name__} cannot be held here"
    if not SECRET_NAME.search(str(key)):
        detail += f" ({type(exc).__name__}: {str(exc)[:120]})"
    return ModelValidationError(model, field=step, rule=rule, detail=detail)


def missing_key(model: str, exc: KeyError) -> ModelValidationError:
    """A required key absent from the input of `model`.from_dict."""
    key = str(exc.args[0]) if exc.args else "?"
    return ModelValidationError(model, field=key, rule="required", detail="is required")


def undeclared_keys(model: str, keys: Iterable[str]) -> ModelValidationError:
    """Input keys a closed model does not declare (named; their values never shown)."""
    names = sorted(str(key) for key in keys)
    return ModelValidationError(
        model,
        field=names[0],
        rule="additionalProperties",
        detail=f"not declared by the schema (undeclared: {', '.join(names)})",
    )


class InsecureTransportError(APIError, ValueError):
    """Credentials would be sent over plain HTTP to a non-loopback host."""


class LimiterStoreError(APIError):
    """The shared rate-limiter store (e.g. Redis) failed: refused, reset, timed out. Nothing was
    sent. `store` names it (`RedisStore(prefix='...')`), `cause` the failure's type."""

    def __init__(self, message: str, *, store: str, cause: str) -> None:
        super().__init__(message)
        self.store = store
        self.cause = cause


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _body_of(response: httpx.Response) -> object:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        pass
    try:
        text = response.text
    except (UnicodeDecodeError, LookupError):
        return None
    return text[:_MAX_BODY_TEXT]


def _message_text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        for key in ("message", "detail", "title", "error_description", "error"):
            text = _message_text(value.get(key))
            if text:
                return text
    return None


def vendor_message(body: object) -> str | None:
    """The human-readable error text a vendor put in its error body, if any."""
    if isinstance(body, str):
        return _truncate(body, _MAX_DETAIL) if body.strip() else None
    if not isinstance(body, dict):
        return None
    errors = body.get("errors")
    if isinstance(errors, list):  # Duoplane: {"errors": ["..", ".."]}
        parts = [t for t in (_message_text(e) for e in errors) if t]
        if parts:
            return _truncate("; ".join(parts), _MAX_DETAIL)
    code = body.get("error_code")
    message = _message_text(body.get("message"))
    if isinstance(code, str) and code:  # Duda: {"error_code": "...", "message": "..."}
        return _truncate(f"{code}: {message}" if message else code, _MAX_DETAIL)
    for key in ("message", "error", "detail", "error_description", "title"):
        text = _message_text(body.get(key))
        if text:
            return _truncate(text, _MAX_DETAIL)
    return None


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def retry_after_of(headers: httpx.Headers, names: Sequence[str] = DEFAULT_RETRY_AFTER_HEADERS) -> float | None:
    """The first parseable wait hint among `names`, in seconds."""
    for name in names:
        seconds = parse_retry_after(headers.get(name))
        if seconds is not None:
            return seconds
    return None


def error_for_response(response: httpx.Response, operation_id: str | None) -> APIStatusError:
    """The `APIStatusError` subclass for a 4xx/5xx response, with the vendor's message."""
    status = response.status_code
    request = _request_of(response)
    method = request.method if request is not None else None
    path = request.url.path if request is not None else None
    body = _body_of(response)
    where = f"{method} {path}" if method and path else "request"
    if operation_id:
        where += f" ({operation_id})"
    message = f"{where} failed with HTTP {status}"
    if response.reason_phrase:
        message += f" {response.reason_phrase}"
    detail = vendor_message(body)
    if detail:
        message += f": {detail}"
    if status == 429:
        retry_after = retry_after_of(response.headers)
        if retry_after is not None:
            message += f" (retry after {retry_after:g}s)"
        return RateLimitedError(
            message,
            status_code=status,
            body=body,
            headers=response.headers,
            operation_id=operation_id,
            method=method,
            path=path,
            retry_after=retry_after,
        )
    cls = _BY_STATUS.get(status, APIStatusError)
    if 500 <= status <= 599:
        cls = ServerError
        if method in _WRITE_METHODS:
            message += ". The write may have been processed; reconcile with a read before resending"
    return cls(
        message,
        status_code=status,
        body=body,
        headers=response.headers,
        operation_id=operation_id,
        method=method,
        path=path,
    )


def raise_for_status(response: httpx.Response, operation_id: str | None) -> None:
    """Raise the matching `APIStatusError` for a 4xx/5xx response; do nothing otherwise."""
    if response.status_code >= 400:
        raise error_for_response(response, operation_id)
