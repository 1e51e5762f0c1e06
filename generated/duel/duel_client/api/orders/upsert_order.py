"""PUT /v1/orders/{order_id}: operation `upsert_order`."""

import logging
from typing import Any

import httpx

from ..._runtime import paths as _paths
from ..._runtime.errors import RequestValidationError, error_for_response
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.order_upsert import OrderUpsert
from ...models.order_upsert_result import OrderUpsertResult
from ...types import Response

OPERATION_ID = "upsert_order"
_LOGGER = logging.getLogger("duel_client")


def _get_kwargs(
    order_id: str,
    *,
    body: OrderUpsert,
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
        "method": "put",
        "url": "/v1/orders/{order_id}".format(
            order_id=_paths.segment(OPERATION_ID, "order_id", order_id),
        ),
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    if not isinstance(body, OrderUpsert):  # a dict or None would fail inside to_dict()
        raise RequestValidationError(
            OPERATION_ID,
            field="body",
            rule="type",
            message=f"{OPERATION_ID}: body must be a OrderUpsert, not {type(body).__name__}",
        )
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    # Refuse what the spec forbids before anything is sent: the error names the field and rule.
    validator().validate_request_body(OPERATION_ID, _kwargs.get("json"))

    _kwargs["headers"] = headers
    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({200, 201})
PRIMARY_STATUS: int | None = 200


def _parse_status(status: int, response: httpx.Response) -> OrderUpsertResult | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 200:
        response_200 = OrderUpsertResult.from_dict(response.json())

        return response_200

    if status == 201:
        response_201 = OrderUpsertResult.from_dict(response.json())

        return response_201

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrderUpsertResult]:
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
    body: OrderUpsert,
) -> Response[OrderUpsertResult]:
    """Create or update an order
    Sends the order whether or not Duel has seen it: a new order is created (201), a known one updated
    (200), and `change_status` in the body says which. Duel recommends this for new integrations.
    Inferred: a total of 0 cancels the order here too (the docs say so for the legacy update).

    Args:
        order_id (str):
        body (OrderUpsert): An order for the PUT upsert. The id is in the path; Inferred: `order`
            may be left out of the body. Total, currency and email are required order parameters, but
            an upsert may be an update, for which the docs drop email: its entry is marked inferred.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[OrderUpsertResult]: `parsed` is None only when the body could
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
    body: OrderUpsert,
) -> OrderUpsertResult:
    """Create or update an order
    Sends the order whether or not Duel has seen it: a new order is created (201), a known one updated
    (200), and `change_status` in the body says which. Duel recommends this for new integrations.
    Inferred: a total of 0 cancels the order here too (the docs say so for the legacy update).

    Args:
        order_id (str):
        body (OrderUpsert): An order for the PUT upsert. The id is in the path; Inferred: `order`
            may be left out of the body. Total, currency and email are required order parameters, but
            an upsert may be an update, for which the docs drop email: its entry is marked inferred.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        OrderUpsertResult: OrderUpsertResult() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed
    return parsed if parsed is not None else OrderUpsertResult()


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpsert,
) -> Response[OrderUpsertResult]:
    """Create or update an order
    Sends the order whether or not Duel has seen it: a new order is created (201), a known one updated
    (200), and `change_status` in the body says which. Duel recommends this for new integrations.
    Inferred: a total of 0 cancels the order here too (the docs say so for the legacy update).

    Args:
        order_id (str):
        body (OrderUpsert): An order for the PUT upsert. The id is in the path; Inferred: `order`
            may be left out of the body. Total, currency and email are required order parameters, but
            an upsert may be an update, for which the docs drop email: its entry is marked inferred.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[OrderUpsertResult]: `parsed` is None only when the body could
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
    body: OrderUpsert,
) -> OrderUpsertResult:
    """Create or update an order
    Sends the order whether or not Duel has seen it: a new order is created (201), a known one updated
    (200), and `change_status` in the body says which. Duel recommends this for new integrations.
    Inferred: a total of 0 cancels the order here too (the docs say so for the legacy update).

    Args:
        order_id (str):
        body (OrderUpsert): An order for the PUT upsert. The id is in the path; Inferred: `order`
            may be left out of the body. Total, currency and email are required order parameters, but
            an upsert may be an update, for which the docs drop email: its entry is marked inferred.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        OrderUpsertResult: OrderUpsertResult() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
    return parsed if parsed is not None else OrderUpsertResult()
