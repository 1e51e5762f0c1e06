"""error_for_response picks the subclass and surfaces the vendor's own error message."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from clientgen.runtime import errors
from clientgen.runtime.errors import (
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    RateLimitedError,
    RequestValidationError,
    ResponseValidationError,
    error_for_response,
    invalid_value,
    missing_key,
    raise_for_status,
)
from unit.runtime.runtime_support import SENTINEL_SECRET, SENTINEL_TOKEN, contains_sentinel


def make_response(
    status: int,
    *,
    method: str = "GET",
    json: Any = None,
    text: str | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    url = f"https://api.example.com/api/orders/7?api_token={SENTINEL_TOKEN}"
    request = httpx.Request(method, url, headers={"Authorization": f"Bearer {SENTINEL_SECRET}"})
    if json is not None:
        return httpx.Response(status, json=json, headers=headers, request=request)
    return httpx.Response(status, text=text or "", headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitedError),
        (500, errors.ServerError),
        (502, errors.ServerError),
        (503, errors.ServerError),
        (418, APIStatusError),
        (405, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    error = error_for_response(make_response(status, json={"message": "nope"}), "get_order")
    assert type(error) is cls
    assert isinstance(error, APIError)
    assert error.status_code == status
    assert error.operation_id == "get_order"
    assert (error.method, error.path) == ("GET", "/api/orders/7")
    assert error.body == {"message": "nope"}
    assert f"HTTP {status}" in str(error) and "get_order" in str(error) and "nope" in str(error)
    assert not contains_sentinel(str(error)) and not contains_sentinel(repr(error))
    assert "api_token" not in str(error)


def test_duoplane_errors_array() -> None:
    messages = ["Email is invalid", "Order number taken"]
    body: dict[str, Any] = {"metadata": {}, "data": None, "errors": messages}
    error = error_for_response(make_response(422, method="POST", json=body), "create_order")
    assert isinstance(error, errors.UnprocessableEntityError)
    assert "Email is invalid; Order number taken" in str(error)


def test_duda_error_code_and_message() -> None:
    body = {"error_code": "ResourceNotExist", "message": "Order 12 does not exist"}
    error = error_for_response(make_response(404, json=body), "get_order")
    assert isinstance(error, errors.NotFoundError)
    assert "ResourceNotExist: Order 12 does not exist" in str(error)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": "invalid_token"}, "invalid_token"),
        ({"detail": "Not allowed"}, "Not allowed"),
        ({"error": {"message": "nested"}}, "nested"),
        ({"errors": [{"message": "first"}, {"detail": "second"}]}, "first; second"),
    ],
)
def test_generic_error_bodies(body: dict[str, Any], expected: str) -> None:
    assert expected in str(error_for_response(make_response(400, json=body), None))


def test_text_body_is_shown_truncated() -> None:
    error = error_for_response(make_response(502, text="Bad gateway " * 200), None)
    assert "Bad gateway" in str(error)
    assert len(str(error)) < 700
    assert isinstance(error.body, str)
    empty = error_for_response(make_response(500), "get_order")
    assert str(empty).endswith("Internal Server Error")


def test_rate_limited_error_carries_retry_after() -> None:
    plain = make_response(429, json={"errors": ["slow down"]}, headers={"Retry-After": "7"})
    error = error_for_response(plain, "get_order")
    assert isinstance(error, RateLimitedError) and error.retry_after == 7.0
    assert "retry after 7s" in str(error)
    duoplane = make_response(429, headers={"Duoplane-Retry-After-Seconds": "3"})
    assert error_for_response(duoplane, None).retry_after == 3.0  # type: ignore[attr-defined]
    none = error_for_response(make_response(429), None)
    assert isinstance(none, RateLimitedError) and none.retry_after is None


def test_server_error_on_write_says_it_may_have_been_processed() -> None:
    post = error_for_response(make_response(500, method="POST"), "create_order")
    assert "may have been processed" in str(post)
    get = error_for_response(make_response(500), "get_order")
    assert "may have been processed" not in str(get)


def test_raise_for_status() -> None:
    raise_for_status(make_response(200), "get_order")
    raise_for_status(make_response(302), "get_order")
    with pytest.raises(errors.NotFoundError):
        raise_for_status(make_response(404), "get_order")


def test_response_without_request_or_read_body() -> None:
    error = error_for_response(httpx.Response(404, json={"message": "gone"}), None)
    assert error.method is None and "request failed with HTTP 404" in str(error)

    def stream() -> Any:
        yield b'{"message": "x"}'

    unread = httpx.Response(500, content=stream())
    assert error_for_response(unread, None).body is None


def test_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(AmbiguousWriteError, APIConnectionError)
    assert issubclass(ResponseValidationError, ValueError)
    assert issubclass(RequestValidationError, ValueError)
    assert issubclass(errors.InsecureTransportError, ValueError)
    error = ResponseValidationError("get_order", field="data.id", rule="type")
    assert (error.operation_id, error.field, error.rule) == ("get_order", "data.id", "type")
    assert "get_order" in str(error) and "data.id" in str(error)


def test_model_errors_carry_the_whole_path_and_the_rule() -> None:
    inner = invalid_value("OrderItem", "quantity", "value", "x", TypeError("bad operand"))
    in_list = invalid_value("list", 3, "value", {}, inner)
    outer = invalid_value("Order", "order_items", "value", [], in_list)
    assert (outer.field, outer.rule) == ("order_items[3].quantity", "type")
    assert str(outer).startswith("Order: order_items[3].quantity:")
    assert isinstance(outer, ValueError)


def test_model_errors_name_enum_and_format_rules_and_missing_keys() -> None:
    enum = invalid_value("Order", "mode", "enum", "SANDBOX", ValueError("not a valid OrderMode"))
    assert (enum.field, enum.rule) == ("mode", "enum")
    date = invalid_value("Order", "created", "format", "soon", ValueError("Invalid isoformat"))
    assert date.rule == "format"
    assert invalid_value("Order", "created", "format", 12, TypeError("x")).rule == "type"
    missing = missing_key("Order", KeyError("id"))
    assert (missing.field, missing.rule) == ("id", "required")


def test_model_errors_never_show_a_secret_fields_value() -> None:
    error = invalid_value("Login", "password", "enum", "hunter2", ValueError("'hunter2' is bad"))
    assert "hunter2" not in str(error)
    assert error.field == "password"
