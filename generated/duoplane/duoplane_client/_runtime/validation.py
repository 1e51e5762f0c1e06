"""Check request bodies against the spec before sending; explain responses that do not fit.

Uses the resolved OpenAPI 3.1 document itself (JSON Schema 2020-12) with the whole document as
the root resource, so `#/components/schemas/X` references resolve. Messages name the field as a
dotted path (`order.order_items[0].quantity`) and the rule, and never show the value of a
field whose name looks secret.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from itertools import islice
from typing import Any

from jsonschema import (  # type: ignore[import-untyped, unused-ignore]
    Draft202012Validator,
    FormatChecker,
    validators,
)
from jsonschema.exceptions import (  # type: ignore[import-untyped, unused-ignore]
    ValidationError,
    best_match,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import SECRET_NAME, RequestValidationError, ResponseValidationError
from .inferred import stated_view
from .mismatch import SpecMismatch, value_kind
from .operations import iter_operations
from .paths import as_sent
from .refs import escape, fragment, locate, lookup, resolve

__all__ = ["SpecValidator", "dotted_path"]

_SPEC_URI = "urn:clientgen:spec"
# (location, name, fast check or None, full validator) for one parameter of an operation.
_ParameterCheck = tuple[str, str, "Callable[[object], bool] | None", Any]
_MASK = "'***'"
_MAX_MESSAGE = 300


def dotted_path(parts: Iterable[object]) -> str:
    """`["order", "items", 0, "id"]` -> `order.items[0].id`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _sensitive_values(value: object, sensitive: bool = False) -> list[str]:
    """Every scalar found under a secret-looking key (or below `value` if it is one)."""
    found: list[str] = []
    if isinstance(value, Mapping):
        for key, child in value.items():
            found += _sensitive_values(child, sensitive or bool(SECRET_NAME.search(str(key))))
    elif isinstance(value, list):
        for child in value:
            found += _sensitive_values(child, sensitive)
    elif sensitive and value is not None and not isinstance(value, bool):
        found.append(str(value))
    return found


def _mask(message: str, error: ValidationError, field: str) -> str:
    parts = [p for p in error.absolute_path if isinstance(p, str)]
    field_is_secret = any(SECRET_NAME.search(p) for p in parts)
    for secret in sorted(set(_sensitive_values(error.instance, field_is_secret)), key=len)[::-1]:
        if not secret:
            continue
        message = message.replace(repr(secret), _MASK).replace(secret, "***")
    if field_is_secret and error.validator in ("const", "enum", "pattern", "format"):
        return f"{field}: value does not satisfy {error.validator!r}"
    return message


def _describe(error: ValidationError) -> tuple[str, str, str]:
    """(field, rule, message) for one error, with `required` pointing at the missing field."""
    path = list(error.absolute_path)
    rule = str(error.validator)
    raw = error.message
    if rule == "additionalProperties" and isinstance(error.instance, Mapping):
        declared = error.schema.get("properties", {}) if isinstance(error.schema, Mapping) else {}
        extra = sorted(str(name) for name in error.instance if name not in declared)
        if extra:
            path.append(extra[0])
            field = dotted_path(path)
            return field, rule, f"{field}: is not a property the schema declares"
    if rule == "required" and isinstance(error.instance, Mapping):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            path.append(missing[0])
            field = dotted_path(path)
            return field, rule, f"{field}: is required"
    field = dotted_path(path) or "(root)"
    message = _mask(raw, error, field)
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 1] + "…"
    return field, rule, f"{field}: {message}"


@functools.lru_cache(maxsize=256)
def ecma_pattern(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled with JSON Schema's (ECMA-262) meaning of `$`: the end of the string.

    Python's `$` also matches before a final newline, so `^[0-9]+$` would accept `"1\\n"`; every
    unescaped `$` outside a character class becomes `\\Z`.
    """
    out: list[str] = []
    in_class = False
    i, size = 0, len(pattern)
    while i < size:
        char = pattern[i]
        if char == "\\" and i + 1 < size:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            out.append(char)
            i += 1
            if i < size and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < size and pattern[i] == "]":  # a literal ']' first in the class
                out.append("]")
                i += 1
            continue
        elif char == "$":
            char = "\\Z"
        out.append(char)
        i += 1
    return re.compile("".join(out))


def _pattern_keyword(validator: Any, pattern: str, instance: object, schema: Any) -> Any:
    """jsonschema's `pattern`, with `ecma_pattern`'s end of string (the plain check agrees)."""
    if isinstance(instance, str) and ecma_pattern(pattern).search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = validators.extend(Draft202012Validator, {"pattern": _pattern_keyword})

_INT_FORMATS = {"int32": 2**31, "int64": 2**63}
_MAX_INT_BITS = 128  # past this, even printing the number is refused by Python (4,300 digits)
_PLAIN_KEYS = frozenset(
    {"type", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength"}
    | {"maxLength", "pattern", "enum", "description", "title", "example", "examples", "default"}
)
_PLAIN_TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "boolean": (bool,),
}


def _format_checker() -> FormatChecker:
    """JSON Schema's formats plus OpenAPI's integer sizes (int32, int64) as ranges."""
    checker = FormatChecker()
    for name, limit in _INT_FORMATS.items():

        def in_range(value: object, limit: int = limit) -> bool:
            return not isinstance(value, int) or -limit <= value < limit

        checker.checks(name)(in_range)
    return checker


def plain_check(schema: object) -> Callable[[object], bool] | None:
    """A fast yes for the scalar schemas parameters use (a type plus bounds, lengths, a pattern,
    an enum), or None when the schema needs the full validator.

    The check only ever answers "certainly valid"; False sends the value to jsonschema, which
    decides and explains. So it can be strict (exact types, no 1.0-as-integer) without being
    wrong.
    """
    if not isinstance(schema, Mapping) or not set(schema) <= _PLAIN_KEYS:
        return None
    types = _PLAIN_TYPES.get(str(schema.get("type")))
    fmt = schema.get("format")
    if types is None or (fmt is not None and fmt not in _INT_FORMATS):
        return None
    try:
        pattern = ecma_pattern(schema["pattern"]) if "pattern" in schema else None
    except (re.error, TypeError):
        return None
    limit = _INT_FORMATS.get(str(fmt))
    low, high = schema.get("minimum"), schema.get("maximum")
    low_x, high_x = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    min_len, max_len = schema.get("minLength"), schema.get("maxLength")
    enum = schema.get("enum")

    def check(value: object) -> bool:
        if type(value) not in types:
            return False
        if isinstance(value, str):
            if (min_len is not None and len(value) < min_len) or (max_len is not None and len(value) > max_len):
                return False
            if pattern is not None and pattern.search(value) is None:
                return False
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if (low is not None and value < low) or (high is not None and value > high):
                return False
            if (low_x is not None and value <= low_x) or (high_x is not None and value >= high_x):
                return False
            if limit is not None and not -limit <= value < limit:
                return False
            if type(value) is int and value.bit_length() > _MAX_INT_BITS:
                return False
        return enum is None or value in enum

    return check


_MAX_MISMATCHES = 50
_WARNED: set[tuple[str, str, str]] = set()
_WARNED_LOCK = threading.Lock()


def _non_finite(value: object, where: list[object]) -> list[object] | None:
    """The path to the first NaN or infinity in `value` (JSON has neither), or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return where
    if isinstance(value, Mapping):
        for key, child in value.items():
            found = _non_finite(child, [*where, key])
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for index, child in enumerate(value):
            found = _non_finite(child, [*where, index])
            if found is not None:
                return found
    return None


class SpecValidator:
    """Validates bodies against one resolved OpenAPI 3.1 document.

    Requests are refused only for what the vendors' documents state: a value that breaks the full
    spec is checked again against its stated view (`inferred.stated_view`, built on first need);
    if only inferred constraints are broken, the request goes out and a WARNING names the field
    and the inferred rule (once per operation, field and rule).
    """

    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        logger: logging.Logger | None = None,
        _stated: bool = False,
    ) -> None:
        if not isinstance(spec, Mapping) or "paths" not in spec:
            raise ValueError("SpecValidator.spec: expected an OpenAPI document with 'paths'")
        self._spec = spec
        resource: Resource[Any] = DRAFT202012.create_resource(dict(spec))
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._operations: dict[str, tuple[str, str]] = {}
        for path, method, operation in iter_operations(spec):
            if "operationId" in operation:
                self._operations[str(operation["operationId"])] = (path, method)
        self._validators: dict[str, Any] = {}
        self._parameters: dict[str, list[_ParameterCheck]] = {}
        self._is_stated = _stated
        self._stated_validator: SpecValidator | None = None
        self._logger = logger if logger is not None else logging.getLogger("clientgen")

    def stated(self) -> SpecValidator:
        """The validator of the stated view (itself when this is one)."""
        if self._is_stated:
            return self
        if self._stated_validator is None:
            self._stated_validator = SpecValidator(stated_view(self._spec), logger=self._logger, _stated=True)
        return self._stated_validator

    def _warn_inferred(self, operation_id: str, where: str, field: str, rule: str) -> None:
        key = (operation_id, field, rule)
        with _WARNED_LOCK:
            if key in _WARNED:
                return
            _WARNED.add(key)
        self._logger.warning(
            "%s: %s %s breaks %r, a constraint the spec marks as inferred (no vendor document "
            "states it); sending it anyway",
            operation_id,
            where,
            field,
            rule,
            extra={"clientgen_operation": operation_id, "clientgen_inferred": f"{field}:{rule}"},
        )

    # --- lookups -----------------------------------------------------------------------

    def _operation(self, operation_id: str) -> tuple[Mapping[str, Any], str]:
        try:
            path, method = self._operations[operation_id]
        except KeyError:
            raise ValueError(f"operation_id: unknown operation {operation_id!r}") from None
        pointer = f"/paths/{escape(path)}/{method}"
        return self._spec["paths"][path][method], pointer

    @staticmethod
    def _json_media(content: Any) -> str | None:
        if not isinstance(content, Mapping):
            return None
        for media in content:
            base = str(media).split(";")[0].strip().lower()
            if base == "application/json" or base.endswith("+json"):
                return str(media)
        return None

    def _schema_pointer(self, node: Any, pointer: str) -> str | None:
        node, pointer = locate(self._spec, node, pointer)
        if not isinstance(node, Mapping):
            return None
        media = self._json_media(node.get("content"))
        if media is None or "schema" not in node["content"][media]:
            return None
        return f"{pointer}/content/{escape(media)}/schema"

    def _validator(self, pointer: str) -> Any:
        validator = self._validators.get(pointer)
        if validator is None:
            validator = _Validator(
                {"$ref": _SPEC_URI + fragment(pointer)},
                registry=self._registry,
                format_checker=_format_checker(),
            )
            self._validators[pointer] = validator
        return validator

    def _first_error(self, pointer: str, body: object) -> ValidationError | None:
        error: ValidationError | None = best_match(self._validator(pointer).iter_errors(body))
        return error

    def _parameter_checks(self, operation_id: str) -> list[_ParameterCheck]:
        """(location, name, fast check, validator) per path/query parameter, built once per
        operation."""
        found = self._parameters.get(operation_id)
        if found is None:
            operation, pointer = self._operation(operation_id)
            path, _ = self._operations[operation_id]
            item_pointer = f"/paths/{escape(path)}"
            declared: dict[tuple[str, str], str] = {}
            # Path-item parameters first, then the operation's, which override them.
            for base, params in (
                (item_pointer, self._spec["paths"][path].get("parameters")),
                (pointer, operation.get("parameters")),
            ):
                for index, raw in enumerate(params or ()):
                    param, param_pointer = locate(self._spec, raw, f"{base}/parameters/{index}")
                    where = param.get("in") if isinstance(param, Mapping) else None
                    if where in ("path", "query") and "schema" in param:
                        declared[str(where), str(param["name"])] = f"{param_pointer}/schema"
            spec = self._spec
            found = [
                (w, n, plain_check(resolve(spec, lookup(spec, ptr))), self._validator(ptr))
                for (w, n), ptr in declared.items()
            ]
            self._parameters[operation_id] = found
        return found

    # --- public API --------------------------------------------------------------------

    def validate_parameters(self, operation_id: str, path: Mapping[str, object], query: Mapping[str, object]) -> None:
        """Raise `RequestValidationError` for the first path or query value its schema refuses.

        `query` holds what will be sent (unset parameters already left out); enum members are
        checked by their value. `field` is the parameter's name, the message says where it is.
        """
        for where, name, fast, schema in self._parameter_checks(operation_id):
            values = path if where == "path" else query
            if name not in values:
                continue
            value = values[name]
            if fast is not None and fast(value):  # the common case: a plain valid value
                continue
            # What goes on the wire: an Enum member's value, a str/int subclass's contents.
            value = as_sent(value)
            if isinstance(value, int) and value.bit_length() > _MAX_INT_BITS:
                raise RequestValidationError(
                    operation_id,
                    field=name,
                    rule="maximum",
                    message=(
                        f"{operation_id}: invalid {where} parameter {name}: an integer of "
                        f"{value.bit_length()} bits is beyond any range an API accepts"
                    ),
                )
            if where == "query" and isinstance(values, dict):
                values[name] = value  # so the value checked is the value sent
            if schema.is_valid(value):
                continue
            error: ValidationError = best_match(schema.iter_errors(value))
            _, rule, described = _describe(error)
            if not self._is_stated and self.stated()._parameter_valid(operation_id, where, name, value):
                self._warn_inferred(operation_id, f"{where} parameter", name, rule)
                continue
            message = described.removeprefix("(root): ")
            if SECRET_NAME.search(name):
                message = f"value does not satisfy {rule!r}"
            raise RequestValidationError(
                operation_id,
                field=name,
                rule=rule,
                message=f"{operation_id}: invalid {where} parameter {name}: {message}",
            )

    def _parameter_valid(self, operation_id: str, where: str, name: str, value: object) -> bool:
        for location, param, _, schema in self._parameter_checks(operation_id):
            if location == where and param == name:
                return bool(schema.is_valid(value))
        return True  # the stated view does not constrain it at all

    def validate_request_body(self, operation_id: str, body: object) -> None:
        """Raise `RequestValidationError` for the first (best-matching) schema violation."""
        operation, pointer = self._operation(operation_id)
        request_body = operation.get("requestBody")
        if request_body is None:
            return
        schema_pointer = self._schema_pointer(request_body, f"{pointer}/requestBody")
        if schema_pointer is None:
            return
        not_finite = _non_finite(body, [])
        if not_finite is not None:
            field = dotted_path(not_finite) or "(root)"
            raise RequestValidationError(
                operation_id,
                field=field,
                rule="type",
                message=(f"{operation_id}: invalid request body: {field}: NaN and infinity are not JSON numbers"),
            )
        error = self._first_error(schema_pointer, body)
        if error is None:
            return
        field, rule, message = _describe(error)
        if not self._is_stated:
            stated_error = self.stated()._first_error(schema_pointer, body)
            if stated_error is None:
                self._warn_inferred(operation_id, "request body field", field, rule)
                return
            field, rule, message = _describe(stated_error)
        raise RequestValidationError(
            operation_id,
            field=field,
            rule=rule,
            message=f"{operation_id}: invalid request body: {message}",
        )

    def response_mismatches(self, operation_id: str, status_code: int, body: object) -> list[SpecMismatch]:
        """Every way `body` differs from the declared response (at most 50, sorted by field)."""
        pointer = self._response_schema_pointer(operation_id, status_code)
        if pointer is None:
            return []
        errors = islice(self._validator(pointer).iter_errors(body), _MAX_MISMATCHES)
        return sorted({_mismatch(error) for error in errors}, key=lambda m: (m.field, m.rule))

    def _response_schema_pointer(self, operation_id: str, status_code: int) -> str | None:
        """The response body schema for a status (exact, then `NXX`, then default)."""
        operation, pointer = self._operation(operation_id)
        responses = operation.get("responses")
        if not isinstance(responses, Mapping):
            return None
        key = None
        for candidate in (str(status_code), f"{status_code // 100}XX", f"{status_code // 100}xx"):
            if candidate in responses:
                key = candidate
                break
        if key is None and "default" in responses:
            key = "default"
        if key is None:
            return None
        return self._schema_pointer(responses[key], f"{pointer}/responses/{escape(key)}")

    def explain_response(self, operation_id: str, status_code: int, body: object) -> ResponseValidationError | None:
        """Why `body` does not fit the declared response (status, then `NXX`, then default)."""
        schema_pointer = self._response_schema_pointer(operation_id, status_code)
        if schema_pointer is None:
            return None
        error = self._first_error(schema_pointer, body)
        if error is None:
            return None
        field, rule, message = _describe(error)
        summary = f"{operation_id}: HTTP {status_code} response does not match the spec"
        return ResponseValidationError(operation_id, field=field, rule=rule, message=f"{summary}: {message}")


def _mismatch(error: ValidationError) -> SpecMismatch:
    field, rule, _ = _describe(error)
    kind = "missing" if rule == "required" else value_kind(error.instance)
    return SpecMismatch(field if field != "(root)" else "<body>", rule, kind)
