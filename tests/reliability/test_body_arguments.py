"""A dict or None given as `body=` instead of the model is refused naming `body`, nothing sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from reliability.bad_input import VENDORS, operations, plain_path_args


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("body", [{"internal_id": "x"}, None], ids=["dict", "none"])
def test_a_body_that_is_not_the_model_is_refused_naming_body(vendor: str, body: Any) -> None:
    package = __import__(f"{vendor}_client")
    op = next(op for op in operations(vendor) if op.body_schema is not None)
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    schemes = package._policy.POLICY.auth.schemes
    creds = {"token": "t"} if "bearer" in schemes else {"username": "u", "password": "p"}
    client = package.AuthenticatedClient(
        "http://127.0.0.1:1",
        **creds,
        enable_rate_limit=False,
        transport=httpx.MockTransport(record),
    )
    args = plain_path_args(op)
    error: Exception | None = None
    try:
        with client:
            op.module.sync_detailed(client=client, body=body, **args)
    except Exception as exc:
        error = exc
    assert isinstance(error, package.errors.RequestValidationError), repr(error)
    assert error.field == "body" and sent == []
