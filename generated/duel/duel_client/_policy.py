"""Runtime policy from the overlays' `x-clientgen-*` extensions (generated; change the overlay).

See docs/policy-extensions.md in the clientgen repository for the vocabulary.
"""

from ._runtime.policy import ClientPolicy

DEFAULT_BASE_URL = "https://api.duel.me"
USER_AGENT = "duel-client/3.0.2"

POLICY = ClientPolicy.from_dict(
    {
        "auth": {"default": "bearer", "require_https": True, "schemes": ["bearer", "basic"]},
        "operations": {
            "create_order": {
                "idempotent": False,
                "method": "POST",
                "operation_id": "create_order",
                "path": "/v1/orders",
            },
            "get_member": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "get_member",
                "path": "/v1/members/{member_id}",
            },
            "get_order": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "get_order",
                "path": "/v1/orders/{order_id}",
            },
            "list_assets": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "list_assets",
                "path": "/api/v1/assets",
            },
            "list_events": {"idempotent": True, "method": "GET", "operation_id": "list_events", "path": "/v1/events"},
            "list_members": {
                "idempotent": True,
                "method": "GET",
                "operation_id": "list_members",
                "path": "/v1/members",
            },
            "update_order": {
                "idempotent": False,
                "method": "POST",
                "operation_id": "update_order",
                "path": "/v1/orders/{order_id}",
            },
            "upsert_order": {
                "idempotent": True,
                "method": "PUT",
                "operation_id": "upsert_order",
                "path": "/v1/orders/{order_id}",
            },
        },
        "rate_limit": {"algorithm": "sliding_window", "capacity": 1500, "headroom": 0, "window_seconds": 60},
        "retry": {
            "initial_backoff": 300.0,
            "jitter": 0.0,
            "max_backoff": 300.0,
            "max_elapsed": 1800.0,
            "max_retries": 5,
            "retry_after_headers": ["Retry-After"],
            "retry_on_status": [429, 500, 502, 503, 504],
        },
        "vendor": "duel",
    }
)
