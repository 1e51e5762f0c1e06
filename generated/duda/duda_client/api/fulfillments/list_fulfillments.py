"""GET /sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/fulfillments: operation `list_fulfillments`."""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import paths as _paths
from ..._runtime.errors import ResponseValidationError, error_for_response
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.fulfillment_page import FulfillmentPage
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_fulfillments"


def _get_kwargs(
    site_name: str,
    order_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["sort"] = sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = getattr(direction, "value", direction)

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    # Refuse a parameter its schema forbids before anything is sent (names it and the rule).
    validator().validate_parameters(
        OPERATION_ID,
        path={
            "site_name": site_name,
            "order_id": order_id,
        },
        query=params,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/fulfillments".format(
            site_name=_paths.segment(OPERATION_ID, "site_name", site_name),
            order_id=_paths.segment(OPERATION_ID, "order_id", order_id),
        ),
        "params": params,
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FulfillmentPage | None:
    if response.status_code == 200:
        response_200 = FulfillmentPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FulfillmentPage]:
    if response.status_code >= 400:
        raise error_for_response(response, OPERATION_ID)
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _invalid_response(response, exc) from exc
    # Positional (status_code, content, headers, parsed): cheaper than keywords on every call.
    return Response(HTTPStatus(response.status_code), response.content, response.headers, parsed)


def _invalid_response(response: httpx.Response, exc: Exception) -> ResponseValidationError:
    """Explain a body the models could not parse in terms of the spec: which field, which rule."""
    try:
        body = response.json()
    except ValueError:
        return ResponseValidationError(OPERATION_ID, field="<body>", rule="response body is not valid JSON")
    explained = validator().explain_response(OPERATION_ID, response.status_code, body)
    if explained is not None:
        return explained
    field = exc.args[0] if isinstance(exc, KeyError) and exc.args else "<body>"
    return ResponseValidationError(OPERATION_ID, field=str(field), rule=f"could not be parsed: {type(exc).__name__}")


def sync_detailed(
    site_name: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> Response[FulfillmentPage]:
    """List an order's fulfillments
    The order's fulfillments. Inferred: paged and shaped like the order and refund lists; the reference
    names the list without its shape.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        order_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Ascending or descending order of a list.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[FulfillmentPage]
    """

    kwargs = _get_kwargs(
        site_name=site_name,
        order_id=order_id,
        offset=offset,
        limit=limit,
        sort=sort,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    site_name: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> FulfillmentPage | None:
    """List an order's fulfillments
    The order's fulfillments. Inferred: paged and shaped like the order and refund lists; the reference
    names the list without its shape.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        order_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Ascending or descending order of a list.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        FulfillmentPage
    """

    return sync_detailed(
        site_name=site_name,
        order_id=order_id,
        client=client,
        offset=offset,
        limit=limit,
        sort=sort,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    site_name: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> Response[FulfillmentPage]:
    """List an order's fulfillments
    The order's fulfillments. Inferred: paged and shaped like the order and refund lists; the reference
    names the list without its shape.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        order_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Ascending or descending order of a list.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[FulfillmentPage]
    """

    kwargs = _get_kwargs(
        site_name=site_name,
        order_id=order_id,
        offset=offset,
        limit=limit,
        sort=sort,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    site_name: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> FulfillmentPage | None:
    """List an order's fulfillments
    The order's fulfillments. Inferred: paged and shaped like the order and refund lists; the reference
    names the list without its shape.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        order_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Ascending or descending order of a list.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        FulfillmentPage
    """

    return (
        await asyncio_detailed(
            site_name=site_name,
            order_id=order_id,
            client=client,
            offset=offset,
            limit=limit,
            sort=sort,
            direction=direction,
        )
    ).parsed
