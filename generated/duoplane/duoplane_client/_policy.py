"""Runtime policy from the overlays' `x-clientgen-*` extensions (generated; change the overlay).

See docs/policy-extensions.md in the clientgen repository for the vocabulary.
"""

from ._runtime.policy import ClientPolicy

DEFAULT_BASE_URL = "https://app.duoplane.com"
USER_AGENT = "duoplane-client/4.0.2"

POLICY = ClientPolicy.from_dict(
    {
        "auth": {"default": "basic", "require_https": True, "schemes": ["basic"]},
        "operations": {
            "create_order": {
                "idempotent": False,
                "method": "POST",
                "operation_id": "create_order",
                "path": "/api/orders",
            },
            "create_product": {
                "idempotent": False,
                "method": "POST",
                "operation_id": "create_product",
                "path": "/api/products",
            },
            "get_order": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "get_order",
                "path": "/api/orders/{order_id}",
            },
            "get_product": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "get_product",
                "path": "/api/products/{product_id}",
            },
            "list_orders": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "list_orders",
                "pagination": {
                    "has_next_header": "Duoplane-Has-Next-Page",
                    "items_field": "data",
                    "max_size": 250,
                    "page_param": "page",
                    "size_param": "per_page",
                    "style": "page",
                    "total_header": "Duoplane-Total-Count",
                },
                "path": "/api/orders",
            },
            "list_product_inventories": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "list_product_inventories",
                "pagination": {
                    "has_next_header": "Duoplane-Has-Next-Page",
                    "items_field": "data",
                    "max_size": 250,
                    "page_param": "page",
                    "size_param": "per_page",
                    "style": "page",
                    "total_header": "Duoplane-Total-Count",
                },
                "path": "/api/product_inventories",
            },
            "list_products": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "list_products",
                "pagination": {
                    "has_next_header": "Duoplane-Has-Next-Page",
                    "items_field": "data",
                    "max_size": 250,
                    "page_param": "page",
                    "size_param": "per_page",
                    "style": "page",
                    "total_header": "Duoplane-Total-Count",
                },
                "path": "/api/products",
            },
        },
        "rate_limit": {
            "algorithm": "leaky_bucket",
            "capacity": 40,
            "headroom": 2,
            "leak_per_second": 2.0,
            "remaining_header": "Duoplane-Requests-Left",
        },
        "retry": {
            "initial_backoff": 0.5,
            "jitter": 0.25,
            "max_backoff": 30.0,
            "max_elapsed": 120.0,
            "max_retries": 4,
            "retry_after_headers": ["Duoplane-Retry-After-Seconds", "Retry-After"],
            "retry_on_status": [429, 500, 502, 503, 504],
        },
        "vendor": "duoplane",
    }
)
