"""Runtime policy from the overlays' `x-clientgen-*` extensions (generated; change the overlay).

See docs/policy-extensions.md in the clientgen repository for the vocabulary.
"""

from ._runtime.policy import ClientPolicy

DEFAULT_BASE_URL = "https://api.duda.co/api"
USER_AGENT = "duda-client/4.0.2"

POLICY = ClientPolicy.from_dict(
    {
        "auth": {"default": "basic", "require_https": True, "schemes": ["basic"]},
        "operations": {
            "cancel_order": {
                "idempotent": False,
                "method": "POST",
                "operation_id": "cancel_order",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/cancel",
            },
            "create_fulfillment": {
                "idempotent": False,
                "method": "POST",
                "operation_id": "create_fulfillment",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/fulfillments",
            },
            "create_order": {
                "idempotent": False,
                "method": "POST",
                "operation_id": "create_order",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders",
            },
            "create_refund": {
                "idempotent": False,
                "method": "POST",
                "operation_id": "create_refund",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/refunds",
            },
            "get_fulfillment": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "get_fulfillment",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/fulfillments/{fulfillment_id}",
            },
            "get_order": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "get_order",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}",
            },
            "get_refund": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "get_refund",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/refunds/{refund_id}",
            },
            "list_fulfillments": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "list_fulfillments",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/fulfillments",
            },
            "list_orders": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "list_orders",
                "pagination": {
                    "items_field": "results",
                    "limit_param": "limit",
                    "max_size": 100,
                    "offset_param": "offset",
                    "style": "offset",
                    "total_field": "total_responses",
                },
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders",
            },
            "list_refunds": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "list_refunds",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/refunds",
            },
            "update_fulfillment": {
                "idempotent": False,
                "method": "PATCH",
                "operation_id": "update_fulfillment",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/fulfillments/{fulfillment_id}",
            },
            "update_order": {
                "idempotent": False,
                "method": "PATCH",
                "operation_id": "update_order",
                "path": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}",
            },
        },
        "rate_limit": {
            "algorithm": "sliding_window",
            "capacity": 10,
            "headroom": 0,
            "profiles": {"batch": {"algorithm": "sliding_window", "capacity": 8, "window_seconds": 1.0}},
            "window_seconds": 1.0,
        },
        "retry": {
            "initial_backoff": 0.5,
            "jitter": 0.25,
            "max_backoff": 20.0,
            "max_elapsed": 60.0,
            "max_retries": 4,
            "retry_after_headers": ["Retry-After"],
            "retry_on_status": [429, 500, 502, 503, 504],
        },
        "vendor": "duda",
    }
)
