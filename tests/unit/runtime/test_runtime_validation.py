"""SpecValidator: request bodies refused with field + rule; response mismatches explained."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from clientgen.runtime.errors import RequestValidationError, ResponseValidationError
from clientgen.runtime.refs import RefError
from clientgen.runtime.validation import SpecValidator, dotted_path, plain_check
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from unit.runtime.runtime_support import SENTINEL_SECRET, contains_sentinel

ENVELOPE = {"$ref": "#/components/schemas/OrderEnvelope"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/orders": {
            "post": {
                "operationId": "create_order",
                "requestBody": {"$ref": "#/components/requestBodies/CreateOrder"},
                "responses": {
                    "201": {
                        "description": "ok",
                        "content": {"application/json": {"schema": ENVELOPE}},
                    },
                    "4XX": {"$ref": "#/components/responses/BadRequest"},
                    "default": {
                        "description": "other",
                        "content": {
                            "application/json": {"schema": {"type": "object", "required": ["x"]}}
                        },
                    },
                },
            },
            "get": {
                "operationId": "list_orders",
                "parameters": [
                    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1}}
                ],
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/orders/{id}": {
            "get": {
                "operationId": "get_order",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json; charset=utf-8": {"schema": ENVELOPE}},
                    },
                    "5XX": {"$ref": "#/components/responses/BadRequest"},
                },
            }
        },
    },
    "components": {
        "requestBodies": {
            "CreateOrder": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/CreateOrderRequest"}
                    }
                },
            }
        },
        "responses": {
            "BadRequest": {
                "description": "bad",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}
                },
            }
        },
        "schemas": {
            "CreateOrderRequest": {
                "type": "object",
                "required": ["order"],
                "properties": {"order": {"$ref": "#/components/schemas/Order"}},
            },
            "Order": {
                "type": "object",
                "required": ["order_number", "order_items"],
                "additionalProperties": False,
                "properties": {
                    "order_number": {"type": "string"},
                    "email": {"type": "string", "format": "email"},
                    "status": {"type": "string", "enum": ["open", "closed"]},
                    "api_token": {"type": "string", "minLength": 40},
                    "password": {"type": "string", "pattern": "^[a-z]+$"},
                    "order_items": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/components/schemas/OrderItem"},
                    },
                },
            },
            "OrderItem": {
                "type": "object",
                "required": ["sku", "quantity"],
                "properties": {
                    "sku": {"type": "string"},
                    "quantity": {"type": "integer", "minimum": 1},
                },
            },
            "OrderEnvelope": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": ["integer", "string"]},
                            "relationships": {
                                "type": "object",
                                "properties": {
                                    "order_items": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {"id": {"type": "integer"}},
                                        },
                                    }
                                },
                            },
                        },
                    }
                },
            },
            "Errors": {
                "type": "object",
                "required": ["errors"],
                "properties": {"errors": {"type": "array", "items": {"type": "string"}}},
            },
        },
    },
}


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator(SPEC)


def order(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "order_number": "A-1",
        "email": "a@example.com",
        "order_items": [{"sku": "S1", "quantity": 2}],
    }
    base.update(changes)
    return {"order": base}


def request_error(validator: SpecValidator, body: object) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as info:
        validator.validate_request_body("create_order", body)
    return info.value


def test_valid_body_passes(validator: SpecValidator) -> None:
    validator.validate_request_body("create_order", order())
    validator.validate_request_body("list_orders", None)  # no request body declared


def test_minimum_names_the_nested_field(validator: SpecValidator) -> None:
    error = request_error(validator, order(order_items=[{"sku": "S1", "quantity": -1}]))
    assert error.field == "order.order_items[0].quantity"
    assert error.rule == "minimum"
    assert error.operation_id == "create_order"
    assert "order.order_items[0].quantity: -1 is less than the minimum of 1" in str(error)
    assert isinstance(error, ValueError)


def test_required_points_at_the_missing_field(validator: SpecValidator) -> None:
    body = order()
    del body["order"]["order_number"]
    error = request_error(validator, body)
    assert (error.field, error.rule) == ("order.order_number", "required")
    assert str(error).endswith("order.order_number: is required")


@pytest.mark.parametrize(
    ("changes", "field", "rule", "fragment"),
    [
        ({"surprise": 1}, "order.surprise", "additionalProperties", "is not a property the schema"),
        ({"email": "not-an-email"}, "order.email", "format", "is not a 'email'"),
        ({"status": "lost"}, "order.status", "enum", "'lost' is not one of"),
        ({"order_items": []}, "order.order_items", "minItems", "should be non-empty"),
        ({"order_number": 5}, "order.order_number", "type", "5 is not of type 'string'"),
    ],
)
def test_rules(
    validator: SpecValidator, changes: dict[str, Any], field: str, rule: str, fragment: str
) -> None:
    error = request_error(validator, order(**changes))
    assert (error.field, error.rule) == (field, rule)
    assert fragment in str(error)


def test_first_error_is_deterministic(validator: SpecValidator) -> None:
    body = order(order_number=5, status="lost", order_items=[{"quantity": 0}])
    messages = {str(request_error(validator, body)) for _ in range(5)}
    assert len(messages) == 1


def test_secret_values_are_masked(validator: SpecValidator) -> None:
    short = request_error(validator, order(api_token=SENTINEL_SECRET))
    assert (short.field, short.rule) == ("order.api_token", "minLength")
    assert not contains_sentinel(str(short)) and "***" in str(short)
    pattern = request_error(validator, order(password=SENTINEL_SECRET))
    assert pattern.field == "order.password" and not contains_sentinel(str(pattern))
    nested = request_error(validator, [{"password": SENTINEL_SECRET, "token": "t0k3n-value"}])
    assert nested.rule == "type" and nested.field == "(root)"
    assert not contains_sentinel(str(nested)) and "t0k3n-value" not in str(nested)


def test_explain_response_names_the_field(validator: SpecValidator) -> None:
    body = {"data": {"id": 1, "relationships": {"order_items": [{"id": "x1"}]}}}
    error = validator.explain_response("get_order", 200, body)
    assert isinstance(error, ResponseValidationError)
    assert error.field == "data.relationships.order_items[0].id"
    assert error.rule == "type" and error.operation_id == "get_order"
    assert "HTTP 200" in str(error) and "'x1' is not of type 'integer'" in str(error)
    assert validator.explain_response("get_order", 200, {"data": {"id": "7"}}) is None


def test_explain_response_status_lookup(validator: SpecValidator) -> None:
    missing_id = validator.explain_response("create_order", 201, {"data": {}})
    assert missing_id is not None and missing_id.field == "data.id"
    ranged = validator.explain_response("create_order", 422, {"errors": "boom"})  # 4XX
    assert ranged is not None and (ranged.field, ranged.rule) == ("errors", "type")
    five = validator.explain_response("get_order", 503, {})  # 5XX
    assert five is not None and five.field == "errors"
    default = validator.explain_response("create_order", 500, {})  # default
    assert default is not None and default.field == "x"
    assert validator.explain_response("get_order", 404, {}) is None  # nothing declared
    assert validator.explain_response("list_orders", 200, {}) is None  # no content


def test_unknown_operation_and_bad_spec() -> None:
    with pytest.raises(ValueError, match="operation_id: unknown operation 'nope'"):
        SpecValidator(SPEC).validate_request_body("nope", {})
    with pytest.raises(ValueError, match=r"SpecValidator\.spec"):
        SpecValidator({"openapi": "3.1.0"})


def test_a_percent_encoded_response_ref_is_followed() -> None:
    """The old `SpecValidator._at` split the pointer without percent-decoding it (a KeyError)."""
    spec = copy.deepcopy(SPEC)
    responses = spec["paths"]["/orders/{id}"]["get"]["responses"]
    responses["203"] = {"$ref": "#/paths/~1orders~1%7Bid%7D/get/responses/200"}
    body = {"data": {"id": 1, "relationships": {"order_items": [{"id": "x1"}]}}}
    error = SpecValidator(spec).explain_response("get_order", 203, body)
    assert error is not None and error.field == "data.relationships.order_items[0].id"


def test_a_ref_cycle_is_named() -> None:
    """It used to stop after 20 hops with "unsupported $ref"; the error now names the chain."""
    spec = copy.deepcopy(SPEC)
    bodies = spec["components"]["requestBodies"]
    bodies["Loop"] = {"$ref": "#/components/requestBodies/CreateOrder"}
    bodies["CreateOrder"] = {"$ref": "#/components/requestBodies/Loop"}
    names = ("CreateOrder", "Loop", "CreateOrder")
    chain = " -> ".join(f"#/components/requestBodies/{name}" for name in names)
    with pytest.raises(RefError, match=f"cycle \\(following {chain}\\)"):
        SpecValidator(spec).validate_request_body("create_order", order())


def test_dotted_path() -> None:
    assert dotted_path(["data", "items", 0, "id"]) == "data.items[0].id"
    assert dotted_path([0, "a"]) == "[0].a"
    assert dotted_path([]) == ""


def test_parameters_are_checked_against_their_schemas(validator: SpecValidator) -> None:
    with pytest.raises(RequestValidationError) as caught:
        validator.validate_parameters("list_orders", path={}, query={"per_page": 0})
    error = caught.value
    assert (error.field, error.rule) == ("per_page", "minimum")
    assert "invalid query parameter per_page" in str(error)
    validator.validate_parameters("list_orders", path={}, query={"per_page": 5})


@pytest.mark.parametrize(
    ("schema", "value", "certainly_valid"),
    [
        ({"type": "integer", "minimum": 1}, 1, True),
        ({"type": "integer", "minimum": 1}, 0, False),
        ({"type": "integer"}, True, False),  # a bool is not an integer here
        ({"type": "integer", "format": "int32"}, 2**31, False),
        ({"type": "string", "minLength": 1, "pattern": "^[a-z]+$"}, "abc", True),
        ({"type": "string", "pattern": "^[a-z]+$"}, "bad value!", False),
        ({"type": "string", "enum": ["asc", "desc"]}, "up", False),
    ],
)
def test_plain_check_only_ever_says_certainly_valid(
    schema: dict[str, Any], value: object, certainly_valid: bool
) -> None:
    check = plain_check(schema)
    assert check is not None
    assert check(value) is certainly_valid
    assert Draft202012Validator(schema).is_valid(value) or not certainly_valid


def test_plain_check_declines_schemas_it_cannot_decide() -> None:
    assert plain_check({"type": "string", "format": "date-time"}) is None
    assert plain_check({"$ref": "#/components/schemas/X"}) is None
    assert plain_check({"type": ["integer", "null"]}) is None
