"""POST /v1/orders/{order_id}: operation `update_order`."""

import logging
from typing import Any

import httpx

from ..._runtime import paths as _paths
from ..._runtime.errors import RequestValidationError, error_for_response
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.legacy_order_result import LegacyOrderResult
from ...models.order_update import OrderUpdate
from ...types import Response

OPERATION_ID = "update_order"
_LOGGER = logging.getLogger("duel_client")


def _get_kwargs(
    order_id: str,
    *,
    body: OrderUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Refuse a parameter its schema forbids before anything is sent (names it and the rule).
    validator().validate_parameters(
        OPERATION_ID,
        path={
            "order_id": order_id,
        },
        query={},
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/orders/{order_id}".format(
            order_id=_paths.segment(OPERATION_ID, "order_id", order_id),
        ),
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    if not isinstance(body, OrderUpdate):  # a dict or None would fail inside to_dict()
        raise RequestValidationError(
            OPERATION_ID,
            field="body",
            rule="type",
            message=f"{OPERATION_ID}: body must be a OrderUpdate, not {type(body).__name__}",
        )
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    # Refuse what the spec forbids before anything is sent: the error names the field and rule.
    validator().validate_request_body(OPERATION_ID, _kwargs.get("json"))

    _kwargs["headers"] = headers
    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({200})
PRIMARY_STATUS: int | None = 200


def _parse_status(status: int, response: httpx.Response) -> LegacyOrderResult | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 200:
        response_200 = LegacyOrderResult.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LegacyOrderResult]:
    if response.status_code >= 400:
        raise error_for_response(response, OPERATION_ID)
    parsed, mismatches = read_response(
        response,
        OPERATION_ID,
        _parse_status,
        declared=DECLARED_STATUSES,
        primary=PRIMARY_STATUS,
        strict=client.strict_responses,
        raise_on_unexpected_status=client.raise_on_unexpected_status,
        validator=validator,
        logger=_LOGGER,
    )
    # Positional (status_code, content, headers, parsed, ...): cheaper than keywords on every call.
    return Response(status_of(response.status_code), response.content, response.headers, parsed, mismatches)


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdate,
) -> Response[LegacyOrderResult]:
    """Update an order (legacy)
    Legacy update: resend the order's parameters with the new total. Email and promo were captured at
    creation and may be left out. A total of 0 cancels the order. Kept working for existing
    integrations; new ones should use the PUT upsert.

    Args:
        order_id (str):
        body (OrderUpdate): A legacy update; email and promo were captured at creation and may be
            omitted.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[LegacyOrderResult]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdate,
) -> LegacyOrderResult:
    """Update an order (legacy)
    Legacy update: resend the order's parameters with the new total. Email and promo were captured at
    creation and may be left out. A total of 0 cancels the order. Kept working for existing
    integrations; new ones should use the PUT upsert.

    Args:
        order_id (str):
        body (OrderUpdate): A legacy update; email and promo were captured at creation and may be
            omitted.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        LegacyOrderResult: LegacyOrderResult() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed
    return parsed if parsed is not None else LegacyOrderResult()


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdate,
) -> Response[LegacyOrderResult]:
    """Update an order (legacy)
    Legacy update: resend the order's parameters with the new total. Email and promo were captured at
    creation and may be left out. A total of 0 cancels the order. Kept working for existing
    integrations; new ones should use the PUT upsert.

    Args:
        order_id (str):
        body (OrderUpdate): A legacy update; email and promo were captured at creation and may be
            omitted.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[LegacyOrderResult]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdate,
) -> LegacyOrderResult:
    """Update an order (legacy)
    Legacy update: resend the order's parameters with the new total. Email and promo were captured at
    creation and may be left out. A total of 0 cancels the order. Kept working for existing
    integrations; new ones should use the PUT upsert.

    Args:
        order_id (str):
        body (OrderUpdate): A legacy update; email and promo were captured at creation and may be
            omitted.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        LegacyOrderResult: LegacyOrderResult() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
    return parsed if parsed is not None else LegacyOrderResult()
