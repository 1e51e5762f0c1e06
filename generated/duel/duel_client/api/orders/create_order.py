"""POST /v1/orders: operation `create_order`."""

import logging
from typing import Any

import httpx

from ..._runtime.errors import RequestValidationError, error_for_response
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.legacy_order_result import LegacyOrderResult
from ...models.order_create import OrderCreate
from ...types import Response

OPERATION_ID = "create_order"
_LOGGER = logging.getLogger("duel_client")


def _get_kwargs(
    *,
    body: OrderCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/orders",
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    if not isinstance(body, OrderCreate):  # a dict or None would fail inside to_dict()
        raise RequestValidationError(
            OPERATION_ID,
            field="body",
            rule="type",
            message=f"{OPERATION_ID}: body must be a OrderCreate, not {type(body).__name__}",
        )
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    # Refuse what the spec forbids before anything is sent: the error names the field and rule.
    validator().validate_request_body(OPERATION_ID, _kwargs.get("json"))

    _kwargs["headers"] = headers
    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({201})
PRIMARY_STATUS: int | None = 201


def _parse_status(status: int, response: httpx.Response) -> LegacyOrderResult | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 201:
        response_201 = LegacyOrderResult.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> Response[LegacyOrderResult]:
    """Create an order (legacy)
    Legacy create. Kept working for existing integrations; new ones should use the PUT upsert, which
    needs no knowledge of whether the order already exists.

    Args:
        body (OrderCreate): A new order (legacy create). Required: order, total, currency, email.
            Promo and affiliate are listed as required but only when they apply; they are optional
            here.

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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> LegacyOrderResult:
    """Create an order (legacy)
    Legacy create. Kept working for existing integrations; new ones should use the PUT upsert, which
    needs no knowledge of whether the order already exists.

    Args:
        body (OrderCreate): A new order (legacy create). Required: order, total, currency, email.
            Promo and affiliate are listed as required but only when they apply; they are optional
            here.

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
        client=client,
        body=body,
    ).parsed
    return parsed if parsed is not None else LegacyOrderResult()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> Response[LegacyOrderResult]:
    """Create an order (legacy)
    Legacy create. Kept working for existing integrations; new ones should use the PUT upsert, which
    needs no knowledge of whether the order already exists.

    Args:
        body (OrderCreate): A new order (legacy create). Required: order, total, currency, email.
            Promo and affiliate are listed as required but only when they apply; they are optional
            here.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> LegacyOrderResult:
    """Create an order (legacy)
    Legacy create. Kept working for existing integrations; new ones should use the PUT upsert, which
    needs no knowledge of whether the order already exists.

    Args:
        body (OrderCreate): A new order (legacy create). Required: order, total, currency, email.
            Promo and affiliate are listed as required but only when they apply; they are optional
            here.

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
            client=client,
            body=body,
        )
    ).parsed
    return parsed if parsed is not None else LegacyOrderResult()
