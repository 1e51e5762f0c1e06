"""GET /api/products/{product_id}: operation `get_product`."""

import logging
from typing import Any

import httpx

from ..._runtime import paths as _paths
from ..._runtime.errors import error_for_response
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.product_envelope import ProductEnvelope
from ...types import Response

OPERATION_ID = "get_product"
_LOGGER = logging.getLogger("duoplane_client")


def _get_kwargs(
    product_id: int | str,
) -> dict[str, Any]:

    # Refuse a parameter its schema forbids before anything is sent (names it and the rule).
    validator().validate_parameters(
        OPERATION_ID,
        path={
            "product_id": product_id,
        },
        query={},
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/products/{product_id}".format(
            product_id=_paths.segment(OPERATION_ID, "product_id", product_id),
        ),
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({200})
PRIMARY_STATUS: int | None = 200


def _parse_status(status: int, response: httpx.Response) -> ProductEnvelope | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 200:
        response_200 = ProductEnvelope.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProductEnvelope]:
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
    product_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProductEnvelope]:
    """Get a single product
    One product by its Duoplane id.

    Args:
        product_id (int | str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[ProductEnvelope]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    product_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> ProductEnvelope:
    """Get a single product
    One product by its Duoplane id.

    Args:
        product_id (int | str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        ProductEnvelope: ProductEnvelope() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        product_id=product_id,
        client=client,
    ).parsed
    return parsed if parsed is not None else ProductEnvelope()


async def asyncio_detailed(
    product_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProductEnvelope]:
    """Get a single product
    One product by its Duoplane id.

    Args:
        product_id (int | str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[ProductEnvelope]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_id: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> ProductEnvelope:
    """Get a single product
    One product by its Duoplane id.

    Args:
        product_id (int | str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        ProductEnvelope: ProductEnvelope() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            product_id=product_id,
            client=client,
        )
    ).parsed
    return parsed if parsed is not None else ProductEnvelope()
