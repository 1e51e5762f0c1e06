"""The one module that talks to openapi-core: route lookup, request and response validation.

openapi-core's types are incomplete, so every call into it lives here behind plain dataclasses;
the rest of the mocks never import it.

The mock serves the spec's paths at its own root, so the copy given to openapi-core has its
`servers` replaced by `/` (the served `/openapi.json` is the untouched resolved spec).
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.exceptions import (
    OperationNotFound,
    PathNotFound,
    ServerNotFound,
)
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import (
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from openapi_core.validation.response.exceptions import (
    DataValidationError,
    HeadersError,
    MissingHeader,
    MissingRequiredHeader,
)
from werkzeug.datastructures import Headers as WerkzeugHeaders
from werkzeug.datastructures import ImmutableMultiDict

from .._runtime.operations import HTTP_METHODS
from .._runtime.refs import resolve
from .._runtime.validation import dotted_path

_HOST = "http://mock.invalid"
_MAX_PROBLEMS = 10
_MAX_MESSAGE = 240


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a request is invalid: where, which field, which rule, and a message."""

    location: str  # "body", "query", "path", "header", "cookie"
    field: str  # dotted path within the location, "" for the whole body
    rule: str  # the JSON Schema keyword or a short tag (e.g. "json", "content-type")
    message: str
    malformed: bool = False  # the input could not be parsed at all (vs. parsed but invalid)

    def describe(self) -> str:
        where = f"{self.location}.{self.field}" if self.field else self.location
        return f"{where}: {self.message} (rule: {self.rule})"


@dataclass(frozen=True, slots=True)
class Route:
    """A matched operation."""

    operation_id: str
    method: str
    path_pattern: str
    path_params: dict[str, str]
    operation: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class RouteMiss:
    """No operation: `allowed` lists the path's methods when only the method was wrong (405)."""

    allowed: tuple[str, ...] = ()


@dataclass(slots=True)
class RawRequest:
    """What validation needs from an HTTP request (built by the app from the ASGI scope)."""

    method: str
    raw_path: str  # percent-encoded, as sent
    query: ImmutableMultiDict[str, str]
    headers: Mapping[str, str]
    cookies: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


class _CoreRequest:
    """openapi-core's Request protocol over a RawRequest (avoids Starlette's URL decoding)."""

    def __init__(self, raw: RawRequest, path_params: Mapping[str, str], body: bytes | None) -> None:
        self.host_url = _HOST
        self.path = raw.raw_path
        self.method = raw.method.lower()
        self.body = body
        self.content_type = raw.headers.get("content-type") or "application/octet-stream"
        self.parameters = RequestParameters(
            query=raw.query,
            header=WerkzeugHeaders(list(raw.headers.items())),
            cookie=ImmutableMultiDict(list(raw.cookies.items())),
            path=dict(path_params),
        )


class _CoreResponse:
    """openapi-core's Response protocol over plain values."""

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status_code = status
        self.headers = WerkzeugHeaders(list(headers.items()))
        self.content_type = headers.get("content-type", "")
        self.data = body


def _validation_copy(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The spec with every `servers` entry pointing at the mock's root."""
    document: dict[str, Any] = copy.deepcopy(dict(spec))
    document["servers"] = [{"url": "/"}]
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            item.pop("servers", None)
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    operation.pop("servers", None)
    return document


@lru_cache(maxsize=16)
def _openapi_for(canonical: str) -> OpenAPI:
    # Building (and checking) the spec is the slow part; apps built from one spec share it.
    return OpenAPI.from_dict(json.loads(canonical))


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def _schema_problems(location: str, prefix: str, exc: BaseException) -> list[Problem]:
    """Problems from the jsonschema errors an openapi-core error carries, if any."""
    errors = getattr(exc, "schema_errors", None)
    if not errors:
        return []
    problems = []
    for error in list(errors)[:_MAX_PROBLEMS]:
        parts = list(getattr(error, "absolute_path", None) or getattr(error, "path", ()) or ())
        rule = str(getattr(error, "validator", "schema"))
        message = str(getattr(error, "message", error))
        if rule in ("required", "additionalProperties", "unevaluatedProperties"):
            # jsonschema reports the parent object; name the offending property itself.
            quoted = message.split("'")[1::2]
            if len(quoted) == 1:
                parts.append(quoted[0])
        name = dotted_path(parts)
        if prefix:
            name = f"{prefix}.{name}" if name and not name.startswith("[") else prefix + name
        problems.append(Problem(location, name, rule, _clip(message)))
    return problems


def _cause_chain(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _safe_str(exc: BaseException) -> str:
    # Some openapi-core errors decode the raw body in __str__ and fail on non-UTF-8 bytes.
    try:
        return _clip(str(exc))
    except Exception:
        return type(exc).__name__


def _parameter_problem(exc: ParameterValidationError) -> list[Problem]:
    location, name = exc.location, exc.name
    if isinstance(exc, MissingRequiredParameter):
        return [Problem(location, name, "required", f"missing required {location} parameter")]
    for cause in _cause_chain(exc):
        found = _schema_problems(location, name, cause)
        if found:
            return found
    detail = "invalid value"
    rule = "type"
    for cause in _cause_chain(exc):
        kind = type(cause).__name__
        if kind == "CastError":
            detail = _safe_str(cause)
        elif kind == "EmptyQueryParameterValue":
            detail, rule = "must not be empty", "allowEmptyValue"
        elif kind == "ParameterDeserializeError":
            detail, rule = _safe_str(cause), "style"
    return [Problem(location, name, rule, detail)]


def _body_problems(exc: RequestBodyValidationError) -> list[Problem]:
    if isinstance(exc, MissingRequiredRequestBody):
        return [Problem("body", "", "required", "a JSON request body is required", malformed=True)]
    for cause in _cause_chain(exc):
        found = _schema_problems("body", "", cause)
        if found:
            return found
        if type(cause).__name__ == "MediaTypeNotFound":
            wanted = ", ".join(getattr(cause, "availableMimetypes", []) or ["application/json"])
            return [Problem("header", "Content-Type", "content-type", f"must be {wanted}", True)]
    return [Problem("body", "", "json", "the body could not be read as JSON", malformed=True)]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


def parse_json_body(body: bytes) -> tuple[Any, Problem | None]:
    """Strict JSON: UTF-8 only, no NaN/Infinity, finite numbers. Returns (value, problem)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, Problem("body", "", "encoding", f"not valid UTF-8 at byte {exc.start}", malformed=True)
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float), None
    except (ValueError, RecursionError) as exc:
        message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        return None, Problem("body", "", "json", _clip(f"not valid JSON: {message}"), True)


def _is_json_media_type(content_type: str) -> bool:
    mime = content_type.split(";", 1)[0].strip().lower()
    return mime == "application/json" or mime.endswith("+json")


class SpecValidator:
    """Routes and validates requests (and responses) against one resolved spec."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        document = _validation_copy(spec)
        canonical = json.dumps(document, sort_keys=True)
        self.fingerprint = hashlib.sha256(canonical.encode()).hexdigest()[:16]
        self._openapi = _openapi_for(canonical)
        self._finder = APICallPathFinder(self._openapi.spec)
        self._paths: Mapping[str, Any] = document.get("paths") or {}

    # -- routing ---------------------------------------------------------------------------

    def route(self, method: str, raw_path: str) -> Route | RouteMiss:
        """The operation for method + percent-encoded path, or a miss (404, or 405 + Allow)."""
        url = _HOST + raw_path
        try:
            found = self._finder.find(method.lower(), url)
        except OperationNotFound:
            return RouteMiss(self._allowed_methods(url))
        except (PathNotFound, ServerNotFound):
            return RouteMiss()
        pattern = str(found.path_result.pattern)
        item = self._paths.get(pattern, {})
        operation = item.get(method.lower(), {})
        params = {k: unquote(str(v)) for k, v in (found.path_result.variables or {}).items()}
        return Route(
            operation_id=str(operation.get("operationId", f"{method.lower()} {pattern}")),
            method=method.upper(),
            path_pattern=pattern,
            path_params=params,
            operation=operation,
        )

    def _allowed_methods(self, url: str) -> tuple[str, ...]:
        allowed = []
        for method in HTTP_METHODS:
            try:
                self._finder.find(method, url)
            except (OperationNotFound, PathNotFound, ServerNotFound):
                continue
            allowed.append(method.upper())
        return tuple(allowed)

    # -- requests --------------------------------------------------------------------------

    def validate_request(self, raw: RawRequest, route: Route) -> tuple[Any, list[Problem]]:
        """Validate parameters and body; returns (parsed JSON body or None, problems)."""
        body: Any = None
        core_body: bytes | None = raw.body or None
        has_body_schema = "requestBody" in route.operation
        if raw.body and has_body_schema:
            content_type = raw.headers.get("content-type") or ""
            if _is_json_media_type(content_type):
                body, problem = parse_json_body(raw.body)
                if problem is not None:
                    return None, [problem]
                core_body = json.dumps(body).encode()
        core = _CoreRequest(raw, route.path_params, core_body)
        problems: list[Problem] = []
        try:
            errors = list(self._openapi.request_validator.iter_errors(core))
        except Exception as exc:  # a validator bug must not become a 500
            return body, [Problem("request", "", "validator", _safe_str(exc))]
        for error in errors:
            if isinstance(error, SecurityValidationError):
                continue  # the app authenticates before validating
            if isinstance(error, ParameterValidationError):
                if self._empty_value_allowed(route, error):
                    continue
                problems.extend(_parameter_problem(error))
            elif isinstance(error, RequestBodyValidationError):
                problems.extend(_body_problems(error))
            else:
                problems.append(Problem("request", "", type(error).__name__, _safe_str(error)))
        return body, problems[:_MAX_PROBLEMS]

    def _empty_value_allowed(self, route: Route, error: ParameterValidationError) -> bool:
        """`?sort=` when the parameter's schema admits "": OpenAPI's allowEmptyValue default is
        no vendor's statement, and a JSON Schema that takes "" (schemathesis generates it) is
        what the fake vendor enforces. The handler then sees the empty string."""
        if not any(type(c).__name__ == "EmptyQueryParameterValue" for c in _cause_chain(error)):
            return False
        for raw in [*route.operation.get("parameters", ())]:
            param = resolve(self.spec, raw)
            if param.get("in") == error.location and param.get("name") == error.name:
                schema = resolve(self.spec, param.get("schema", {}))
                return bool(Draft202012Validator(schema).is_valid(""))
        return False

    # -- responses -------------------------------------------------------------------------

    def validate_response(
        self,
        method: str,
        raw_path: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
    ) -> list[str]:
        """Why a response does not conform to the spec (empty when it does)."""
        raw = RawRequest(method, raw_path, ImmutableMultiDict(), {})
        route = self.route(method, raw_path)
        params = route.path_params if isinstance(route, Route) else {}
        core_request = _CoreRequest(raw, params, None)
        core_response = _CoreResponse(status, {k.lower(): v for k, v in headers.items()}, body)
        try:
            errors = list(self._openapi.response_validator.iter_errors(core_request, core_response))
        except Exception as exc:
            return [f"response validator failed: {_safe_str(exc)}"]
        return [_describe_response_error(error) for error in errors]


def _describe_response_error(error: BaseException) -> str:
    if isinstance(error, HeadersError):
        parts = [_describe_response_error(e) for e in error.context]
        return "headers: " + "; ".join(parts)
    if isinstance(error, MissingRequiredHeader | MissingHeader):
        return f"missing header {error.name}"
    if isinstance(error, DataValidationError):
        for cause in _cause_chain(error):
            found = _schema_problems("body", "", cause)
            if found:
                return "; ".join(p.describe() for p in found)
    for cause in _cause_chain(error):
        found = _schema_problems("header", getattr(cause, "name", ""), cause)
        if found:
            return "; ".join(p.describe() for p in found)
    return f"{type(error).__name__}: {_safe_str(error)}"
