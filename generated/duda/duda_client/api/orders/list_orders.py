"""GET /sites/multiscreen/{site_name}/ecommerce/orders: operation `list_orders`."""

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._policy import POLICY
from ..._runtime import pagination as _pagination
from ..._runtime import paths as _paths
from ..._runtime.errors import ResponseValidationError, error_for_response
from ..._runtime.policy import PaginationPolicy
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.order import Order
from ...models.order_page import OrderPage
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_orders"


def _get_kwargs(
    site_name: str,
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
        },
        query=params,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sites/multiscreen/{site_name}/ecommerce/orders".format(
            site_name=_paths.segment(OPERATION_ID, "site_name", site_name),
        ),
        "params": params,
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderPage | None:
    if response.status_code == 200:
        response_200 = OrderPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrderPage]:
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
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> Response[OrderPage]:
    """List orders
    One page of the site's orders, sorted as asked.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
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
        Response[OrderPage]
    """

    kwargs = _get_kwargs(
        site_name=site_name,
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
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> OrderPage | None:
    """List orders
    One page of the site's orders, sorted as asked.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
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
        OrderPage
    """

    return sync_detailed(
        site_name=site_name,
        client=client,
        offset=offset,
        limit=limit,
        sort=sort,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    site_name: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> Response[OrderPage]:
    """List orders
    One page of the site's orders, sorted as asked.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
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
        Response[OrderPage]
    """

    kwargs = _get_kwargs(
        site_name=site_name,
        offset=offset,
        limit=limit,
        sort=sort,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    site_name: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
) -> OrderPage | None:
    """List orders
    One page of the site's orders, sorted as asked.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
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
        OrderPage
    """

    return (
        await asyncio_detailed(
            site_name=site_name,
            client=client,
            offset=offset,
            limit=limit,
            sort=sort,
            direction=direction,
        )
    ).parsed


def _pagination_policy() -> PaginationPolicy:
    operation = POLICY.operation(OPERATION_ID)
    if operation is None or operation.pagination is None:
        raise RuntimeError(f"{OPERATION_ID}: no pagination policy in _policy.POLICY")
    return operation.pagination


def _page_items(response: Response[OrderPage]) -> list[Order]:
    parsed = response.parsed
    if isinstance(parsed, OrderPage) and isinstance(parsed.results, list):
        return parsed.results
    return []


def _page_headers(response: Response[OrderPage]) -> dict[str, str]:
    return dict(response.headers)


def _page_total(response: Response[OrderPage]) -> int | None:
    parsed = response.parsed
    if isinstance(parsed, OrderPage) and isinstance(parsed.total_responses, int):
        return parsed.total_responses
    return None


def iter_pages(
    site_name: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | None = None,
) -> Iterator[Response[OrderPage]]:
    """Every page of `list_orders`, fetched lazily (offset pagination).

    `page_size` defaults to the vendor maximum (100).
    """

    def fetch(params: dict[str, int]) -> Response[OrderPage]:
        return sync_detailed(
            site_name=site_name,
            client=client,
            offset=params["offset"],
            limit=params["limit"],
            sort=sort,
            direction=direction,
        )

    return _pagination.iter_pages(
        fetch,
        _pagination_policy(),
        get_items=_page_items,
        get_headers=_page_headers,
        get_total=_page_total,
        page_size=page_size,
    )


def iter_items(
    site_name: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | None = None,
) -> Iterator[Order]:
    """Every item of `list_orders` across all pages, fetching each page only when needed."""
    for page in iter_pages(
        site_name=site_name,
        client=client,
        sort=sort,
        direction=direction,
        page_size=page_size,
    ):
        yield from _page_items(page)


def aiter_pages(
    site_name: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | None = None,
) -> AsyncIterator[Response[OrderPage]]:
    """Async variant of `iter_pages`."""

    async def fetch(params: dict[str, int]) -> Response[OrderPage]:
        return await asyncio_detailed(
            site_name=site_name,
            client=client,
            offset=params["offset"],
            limit=params["limit"],
            sort=sort,
            direction=direction,
        )

    return _pagination.aiter_pages(
        fetch,
        _pagination_policy(),
        get_items=_page_items,
        get_headers=_page_headers,
        get_total=_page_total,
        page_size=page_size,
    )


async def aiter_items(
    site_name: str,
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_size: int | None = None,
) -> AsyncIterator[Order]:
    """Async variant of `iter_items`."""
    async for page in aiter_pages(
        site_name=site_name,
        client=client,
        sort=sort,
        direction=direction,
        page_size=page_size,
    ):
        for item in _page_items(page):
            yield item
