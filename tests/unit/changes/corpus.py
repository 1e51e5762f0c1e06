"""The mutation corpus: one small OpenAPI 3.1 spec and one edit per kind of change the report
classifies (plus edits that change nothing a user can see), each with the expected classification.

Shared by the spec-diff test and the cross-check against the independent npm tool.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clientgen.versioning import Level

Spec = dict[str, Any]

ORDER_REF = {"$ref": "#/components/schemas/Order"}


def base_spec() -> Spec:
    """A shop API small enough to read, with every construct the mutations touch."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "1.0.0"},
        "servers": [{"url": "https://api.shop.test"}],
        "security": [{"basic": []}],
        "tags": [{"name": "orders"}, {"name": "admin"}],
        "x-clientgen-auth": {"default": "basic"},
        "x-clientgen-rate-limit": {"algorithm": "leaky_bucket", "capacity": 40},
        "x-clientgen-retry": {"max_retries": 3},
        "paths": {
            "/orders": {
                "get": {
                    "operationId": "list_orders",
                    "tags": ["orders"],
                    "summary": "List orders",
                    "parameters": [
                        {
                            "name": "page",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1},
                        },
                        {
                            "name": "per_page",
                            "in": "query",
                            "schema": {"type": "integer", "maximum": 100, "default": 50},
                        },
                        {"name": "status", "in": "query", "schema": {"type": "string"}},
                    ],
                    "x-clientgen-pagination": {
                        "style": "page",
                        "items_field": "data",
                        "page_param": "page",
                        "size_param": "per_page",
                    },
                    "responses": {
                        "200": {
                            "description": "A page of orders.",
                            "headers": {"X-Left": {"schema": {"type": "integer"}}},
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/OrderList"}
                                }
                            },
                        },
                        "429": {"description": "Too many requests."},
                    },
                },
                "post": {
                    "operationId": "create_order",
                    "tags": ["orders"],
                    "summary": "Create an order",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/OrderCreate"}
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "Created.",
                            "content": {"application/json": {"schema": ORDER_REF}},
                        },
                        "422": {"description": "Invalid."},
                    },
                },
            },
            "/orders/{order_id}": {
                "parameters": [
                    {
                        "name": "order_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "get": {
                    "operationId": "get_order",
                    "tags": ["orders"],
                    "summary": "Get an order",
                    "responses": {
                        "200": {
                            "description": "The order.",
                            "content": {"application/json": {"schema": ORDER_REF}},
                        },
                        "404": {"description": "No such order."},
                    },
                },
                "delete": {
                    "operationId": "delete_order",
                    "tags": ["orders"],
                    "summary": "Delete an order",
                    "responses": {"204": {"description": "Deleted."}},
                },
            },
        },
        "components": {
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"}},
            "schemas": {
                "Order": {
                    "type": "object",
                    "required": ["id", "status", "total"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["open", "shipped"]},
                        "total": {"type": "number"},
                        "note": {"type": "string"},
                        "created_at": {"type": "string", "format": "date-time"},
                    },
                },
                "OrderCreate": {
                    "type": "object",
                    "required": ["sku", "quantity"],
                    "properties": {
                        "sku": {"type": "string", "maxLength": 32},
                        "quantity": {"type": "integer", "minimum": 1},
                        "price": {"type": "number"},
                        "note": {"type": "string"},
                        "channel": {"type": "string", "enum": ["web", "phone"]},
                    },
                },
                "OrderList": {
                    "type": "object",
                    "required": ["data"],
                    "properties": {"data": {"type": "array", "items": ORDER_REF}},
                },
            },
        },
    }


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _order(spec: Spec) -> dict[str, Any]:
    order: dict[str, Any] = _schemas(spec)["Order"]
    return order


def _create(spec: Spec) -> dict[str, Any]:
    create: dict[str, Any] = _schemas(spec)["OrderCreate"]
    return create


def _list(spec: Spec) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/orders"]["get"]
    return op


def _get(spec: Spec) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/orders/{order_id}"]["get"]
    return op


def _param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in _list(spec)["parameters"] if p.get("name") == name)


def _reordered(mapping: dict[str, Any]) -> dict[str, Any]:
    return dict(reversed(list(mapping.items())))


@dataclass(frozen=True)
class Mutation:
    """One edit of the base spec and the (kind, level) pairs the report must give for it."""

    name: str
    edit: Callable[[Spec], None]
    expected: frozenset[tuple[str, Level]]

    def apply(self) -> Spec:
        spec = base_spec()
        self.edit(spec)
        return spec

    @property
    def verdict(self) -> str:
        """breaking / non-breaking / none: the coarse answer the npm tool also gives."""
        if not self.expected:
            return "none"
        if any(level is Level.MAJOR for _, level in self.expected):
            return "breaking"
        return "non-breaking"


def _m(name: str, edit: Callable[[Spec], None], *expected: tuple[str, Level]) -> Mutation:
    return Mutation(name, edit, frozenset(expected))


# -- edits ---------------------------------------------------------------------------------------


def add_required_request_field(s: Spec) -> None:
    _create(s)["properties"]["currency"] = {"type": "string"}
    _create(s)["required"].append("currency")


def remove_response_field(s: Spec) -> None:
    del _order(s)["properties"]["total"]
    _order(s)["required"].remove("total")


def narrow_request_type(s: Spec) -> None:
    _create(s)["properties"]["price"]["type"] = "integer"


def widen_response_type(s: Spec) -> None:
    _order(s)["properties"]["total"]["type"] = ["number", "null"]


def add_response_enum_value(s: Spec) -> None:
    _order(s)["properties"]["status"]["enum"].append("cancelled")


def add_required_parameter(s: Spec) -> None:
    _list(s)["parameters"].append(
        {"name": "store_id", "in": "query", "required": True, "schema": {"type": "integer"}}
    )


def remove_operation(s: Spec) -> None:
    del s["paths"]["/orders/{order_id}"]["delete"]


def remove_parameter(s: Spec) -> None:
    _list(s)["parameters"] = [p for p in _list(s)["parameters"] if p["name"] != "status"]


def remove_status(s: Spec) -> None:
    del _get(s)["responses"]["404"]


def rename_operation_id(s: Spec) -> None:
    _get(s)["operationId"] = "fetch_order"


def rename_model(s: Spec) -> None:
    _schemas(s)["NewOrder"] = _schemas(s).pop("OrderCreate")
    body = s["paths"]["/orders"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"] = {"$ref": "#/components/schemas/NewOrder"}


def change_auth(s: Spec) -> None:
    s["components"]["securitySchemes"]["basic"] = {"type": "http", "scheme": "bearer"}


def change_server(s: Spec) -> None:
    s["servers"] = [{"url": "https://api.shop.example"}]


def remove_request_enum_value(s: Spec) -> None:
    _create(s)["properties"]["channel"]["enum"].remove("phone")


def make_parameter_required(s: Spec) -> None:
    _param(s, "status")["required"] = True


def make_request_field_required(s: Spec) -> None:
    _create(s)["required"].append("note")


def make_response_field_optional(s: Spec) -> None:
    _order(s)["required"].remove("total")


def tighten_request_constraint(s: Spec) -> None:
    _create(s)["properties"]["sku"]["maxLength"] = 16


def remove_response_header(s: Spec) -> None:
    del _list(s)["responses"]["200"]["headers"]


def change_typed_format(s: Spec) -> None:
    _order(s)["properties"]["created_at"]["format"] = "date"


def move_operation_module(s: Spec) -> None:
    _get(s)["tags"] = ["admin"]


def remove_pagination(s: Spec) -> None:
    del _list(s)["x-clientgen-pagination"]


def change_request_default(s: Spec) -> None:
    _param(s, "per_page")["schema"]["default"] = 20


def add_optional_request_field(s: Spec) -> None:
    _create(s)["properties"]["gift"] = {"type": "boolean"}


def add_response_field(s: Spec) -> None:
    _order(s)["properties"]["tracking"] = {"type": "string"}


def add_operation(s: Spec) -> None:
    s["paths"]["/orders/{order_id}"]["patch"] = {
        "operationId": "update_order",
        "tags": ["orders"],
        "requestBody": {
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/OrderCreate"}}
            }
        },
        "responses": {
            "200": {
                "description": "Updated.",
                "content": {"application/json": {"schema": ORDER_REF}},
            }
        },
    }


def add_optional_parameter(s: Spec) -> None:
    _list(s)["parameters"].append(
        {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}}
    )


def widen_request_type(s: Spec) -> None:
    _create(s)["properties"]["quantity"]["type"] = "number"


def add_request_enum_value(s: Spec) -> None:
    _create(s)["properties"]["channel"]["enum"].append("api")


def remove_response_enum_value(s: Spec) -> None:
    _order(s)["properties"]["status"]["enum"].remove("shipped")


def add_status(s: Spec) -> None:
    _get(s)["responses"]["410"] = {"description": "Gone."}


def relax_request_constraint(s: Spec) -> None:
    _create(s)["properties"]["sku"]["maxLength"] = 64


def add_response_header(s: Spec) -> None:
    _list(s)["responses"]["200"]["headers"]["X-Total"] = {"schema": {"type": "integer"}}


def make_response_field_required(s: Spec) -> None:
    _order(s)["required"].append("note")


def rename_path(s: Spec) -> None:
    s["paths"]["/order/{order_id}"] = s["paths"].pop("/orders/{order_id}")


def change_rate_limit(s: Spec) -> None:
    s["x-clientgen-rate-limit"]["capacity"] = 20


def change_retry(s: Spec) -> None:
    s["x-clientgen-retry"]["max_retries"] = 5


def mark_idempotent(s: Spec) -> None:
    s["paths"]["/orders"]["post"]["x-clientgen-idempotent"] = True


def change_pagination_size_param(s: Spec) -> None:
    _list(s)["x-clientgen-pagination"]["max_size"] = 100


def bound_response_field(s: Spec) -> None:
    _order(s)["properties"]["id"]["maxLength"] = 36


def change_summary(s: Spec) -> None:
    _get(s)["summary"] = "Fetch one order by id"


def reorder_properties(s: Spec) -> None:
    _order(s)["properties"] = _reordered(_order(s)["properties"])


def reorder_enum(s: Spec) -> None:
    _order(s)["properties"]["status"]["enum"].reverse()


def reorder_required(s: Spec) -> None:
    _order(s)["required"].reverse()


def reorder_parameters(s: Spec) -> None:
    _list(s)["parameters"].reverse()


def reorder_paths_and_methods(s: Spec) -> None:
    s["paths"] = {path: _reordered(item) for path, item in _reordered(s["paths"]).items()}


def reorder_statuses(s: Spec) -> None:
    _get(s)["responses"] = _reordered(_get(s)["responses"])


def move_parameter_to_components(s: Spec) -> None:
    s["components"]["parameters"] = {"Page": _param(s, "page")}
    _list(s)["parameters"][0] = {"$ref": "#/components/parameters/Page"}


def reorder_components(s: Spec) -> None:
    s["components"]["schemas"] = _reordered(_schemas(s))
    s["components"] = _reordered(s["components"])


def reorder_tags(s: Spec) -> None:
    s["tags"].reverse()


MAJOR, MINOR, PATCH = Level.MAJOR, Level.MINOR, Level.PATCH

MUTATIONS: tuple[Mutation, ...] = (
    # breaking for a user of the generated package
    _m(
        "add required request field",
        add_required_request_field,
        ("request-field-added-required", MAJOR),
    ),
    _m("remove response field", remove_response_field, ("response-field-removed", MAJOR)),
    _m("narrow request type", narrow_request_type, ("type-narrowed", MAJOR)),
    _m("widen response type", widen_response_type, ("type-widened", MAJOR)),
    _m("add response enum value", add_response_enum_value, ("enum-value-added", MAJOR)),
    _m("add required parameter", add_required_parameter, ("parameter-added-required", MAJOR)),
    _m("remove operation", remove_operation, ("operation-removed", MAJOR)),
    _m("remove parameter", remove_parameter, ("parameter-removed", MAJOR)),
    _m("remove status", remove_status, ("status-removed", MAJOR)),
    _m("rename operationId", rename_operation_id, ("operation-renamed", MAJOR)),
    _m("rename model", rename_model, ("model-removed", MAJOR), ("model-added", MINOR)),
    _m("change auth scheme", change_auth, ("auth-changed", MAJOR)),
    _m("change server", change_server, ("servers-changed", MAJOR)),
    _m("remove request enum value", remove_request_enum_value, ("enum-value-removed", MAJOR)),
    _m("make parameter required", make_parameter_required, ("parameter-required-changed", MAJOR)),
    _m(
        "make request field required",
        make_request_field_required,
        ("request-field-required-changed", MAJOR),
    ),
    _m(
        "make response field optional",
        make_response_field_optional,
        ("response-field-required-changed", MAJOR),
    ),
    _m("tighten request constraint", tighten_request_constraint, ("constraint-tightened", MAJOR)),
    _m("remove response header", remove_response_header, ("response-header-removed", MAJOR)),
    _m("change typed format", change_typed_format, ("format-changed", MAJOR)),
    _m("move operation to another tag", move_operation_module, ("operation-module-moved", MAJOR)),
    _m("remove pagination", remove_pagination, ("pagination-removed", MAJOR)),
    _m("change request default", change_request_default, ("default-changed", MAJOR)),
    # additions and relaxations
    _m("add optional request field", add_optional_request_field, ("request-field-added", MINOR)),
    _m("add response field", add_response_field, ("response-field-added", MINOR)),
    _m("add operation", add_operation, ("operation-added", MINOR)),
    _m("add optional parameter", add_optional_parameter, ("parameter-added-optional", MINOR)),
    _m("widen request type", widen_request_type, ("type-widened", MINOR)),
    _m("add request enum value", add_request_enum_value, ("enum-value-added", MINOR)),
    _m("remove response enum value", remove_response_enum_value, ("enum-value-removed", MINOR)),
    _m("add status", add_status, ("status-added", MINOR)),
    _m("relax request constraint", relax_request_constraint, ("constraint-relaxed", MINOR)),
    _m("add response header", add_response_header, ("response-header-added", MINOR)),
    _m(
        "make response field required",
        make_response_field_required,
        ("response-field-required-changed", MINOR),
    ),
    # changes that keep the Python API: patch
    _m("rename path", rename_path, ("operation-moved", PATCH)),
    _m("change rate limit", change_rate_limit, ("policy-changed", PATCH)),
    _m("change retry policy", change_retry, ("policy-changed", PATCH)),
    _m("mark operation idempotent", mark_idempotent, ("policy-changed", PATCH)),
    _m("change pagination page size", change_pagination_size_param, ("policy-changed", PATCH)),
    _m("bound a response field", bound_response_field, ("constraint-tightened", PATCH)),
    _m("change summary", change_summary, ("docs-changed", PATCH)),
    # no-op rewrites: nothing a user can see
    _m("reorder properties", reorder_properties),
    _m("reorder enum values", reorder_enum),
    _m("reorder required list", reorder_required),
    _m("reorder parameters", reorder_parameters),
    _m("reorder paths and methods", reorder_paths_and_methods),
    _m("reorder statuses", reorder_statuses),
    _m("move parameter to components", move_parameter_to_components),
    _m("reorder components", reorder_components),
    _m("reorder tags", reorder_tags),
)


def mutated(mutation: Mutation) -> tuple[Spec, Spec]:
    """(base, mutated) as separate documents."""
    return base_spec(), copy.deepcopy(mutation.apply())
