"""GET /sites/multiscreen/{site_name}/ecommerce/orders: operation `list_orders`."""

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ..._policy import POLICY
from ..._runtime import pagination as _pagination
from ..._runtime import paths as _paths
from ..._runtime.errors import error_for_response
from ..._runtime.policy import PaginationPolicy
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.order import Order
from ...models.order_page import OrderPage
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_orders"
_LOGGER = logging.getLogger("duda_client")


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


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({200})
PRIMARY_STATUS: int | None = 200


def _parse_status(status: int, response: httpx.Response) -> OrderPage | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 200:
        response_200 = OrderPage.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrderPage]:
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
        site_name (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Ascending or descending order of a list.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[OrderPage]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
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
) -> OrderPage:
    """List orders
    One page of the site's orders, sorted as asked.

    Args:
        site_name (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Ascending or descending order of a list.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        OrderPage: OrderPage() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        site_name=site_name,
        client=client,
        offset=offset,
        limit=limit,
        sort=sort,
        direction=direction,
    ).parsed
    return parsed if parsed is not None else OrderPage()


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
        site_name (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Ascending or descending order of a list.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[OrderPage]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
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
) -> OrderPage:
    """List orders
    One page of the site's orders, sorted as asked.

    Args:
        site_name (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        offset (int | Unset):  Default: 0.
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Ascending or descending order of a list.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        OrderPage: OrderPage() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            site_name=site_name,
            client=client,
            offset=offset,
            limit=limit,
            sort=sort,
            direction=direction,
        )
    ).parsed
    return parsed if parsed is not None else OrderPage()


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
