"""GET /api/orders/{order_id}: operation `get_order`."""

import logging
from typing import Any

import httpx

from ..._runtime import paths as _paths
from ..._runtime.errors import error_for_response
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.order_envelope import OrderEnvelope
from ...types import Response

OPERATION_ID = "get_order"
_LOGGER = logging.getLogger("duoplane_client")


def _get_kwargs(
    order_id: int | str,
) -> dict[str, Any]:

    # Refuse a parameter its schema forbids before anything is sent (names it and the rule).
    validator().validate_parameters(
        OPERATION_ID,
        path={
            "order_id": order_id,
        },
        query={},
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/orders/{order_id}".format(
            order_id=_paths.segment(OPERATION_ID, "order_id", order_id),
        ),
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({200})
PRIMARY_STATUS: int | None = 200


def _parse_status(status: int, response: httpx.Response) -> OrderEnvelope | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 200:
        response_200 = OrderEnvelope.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrderEnvelope]:
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
    order_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrderEnvelope]:
    """Get an order
    One order by its Duoplane id.

    Args:
        order_id (int | str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[OrderEnvelope]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> OrderEnvelope:
    """Get an order
    One order by its Duoplane id.

    Args:
        order_id (int | str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        OrderEnvelope: OrderEnvelope() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        order_id=order_id,
        client=client,
    ).parsed
    return parsed if parsed is not None else OrderEnvelope()


async def asyncio_detailed(
    order_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrderEnvelope]:
    """Get an order
    One order by its Duoplane id.

    Args:
        order_id (int | str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[OrderEnvelope]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> OrderEnvelope:
    """Get an order
    One order by its Duoplane id.

    Args:
        order_id (int | str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        OrderEnvelope: OrderEnvelope() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed
    return parsed if parsed is not None else OrderEnvelope()
