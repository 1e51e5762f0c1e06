"""GET /api/products: operation `list_products`."""

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ..._policy import POLICY
from ..._runtime import pagination as _pagination
from ..._runtime.errors import error_for_response
from ..._runtime.policy import PaginationPolicy
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.product import Product
from ...models.product_list_envelope import ProductListEnvelope
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_products"
_LOGGER = logging.getLogger("duoplane_client")


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 250,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    # Refuse a parameter its schema forbids before anything is sent (names it and the rule).
    validator().validate_parameters(
        OPERATION_ID,
        path={},
        query=params,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/products",
        "params": params,
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({200})
PRIMARY_STATUS: int | None = 200


def _parse_status(status: int, response: httpx.Response) -> ProductListEnvelope | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 200:
        response_200 = ProductListEnvelope.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProductListEnvelope]:
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
    page: int | Unset = 1,
    per_page: int | Unset = 250,
) -> Response[ProductListEnvelope]:
    """List products
    One page of products, paged like every Duoplane list (additional-facts.md: products list the same
    way as orders). Docs disagree: support.duoplane.com ("Reference: Product API") lists products at
    `GET https://app.duoplane.com/products.json`, with filters nested under `search[...]`
    (`retailer_sku`, `vendor_sku`, `product_type`, `created_at_min`/`_max`, `updated_at_min`/`_max`);
    this spec follows the `/api/...` reference and does not model those filters, which only the older
    page documents.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 250.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[ProductListEnvelope]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 250,
) -> ProductListEnvelope:
    """List products
    One page of products, paged like every Duoplane list (additional-facts.md: products list the same
    way as orders). Docs disagree: support.duoplane.com ("Reference: Product API") lists products at
    `GET https://app.duoplane.com/products.json`, with filters nested under `search[...]`
    (`retailer_sku`, `vendor_sku`, `product_type`, `created_at_min`/`_max`, `updated_at_min`/`_max`);
    this spec follows the `/api/...` reference and does not model those filters, which only the older
    page documents.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 250.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        ProductListEnvelope: ProductListEnvelope() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed
    return parsed if parsed is not None else ProductListEnvelope()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 250,
) -> Response[ProductListEnvelope]:
    """List products
    One page of products, paged like every Duoplane list (additional-facts.md: products list the same
    way as orders). Docs disagree: support.duoplane.com ("Reference: Product API") lists products at
    `GET https://app.duoplane.com/products.json`, with filters nested under `search[...]`
    (`retailer_sku`, `vendor_sku`, `product_type`, `created_at_min`/`_max`, `updated_at_min`/`_max`);
    this spec follows the `/api/...` reference and does not model those filters, which only the older
    page documents.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 250.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[ProductListEnvelope]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 250,
) -> ProductListEnvelope:
    """List products
    One page of products, paged like every Duoplane list (additional-facts.md: products list the same
    way as orders). Docs disagree: support.duoplane.com ("Reference: Product API") lists products at
    `GET https://app.duoplane.com/products.json`, with filters nested under `search[...]`
    (`retailer_sku`, `vendor_sku`, `product_type`, `created_at_min`/`_max`, `updated_at_min`/`_max`);
    this spec follows the `/api/...` reference and does not model those filters, which only the older
    page documents.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 250.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        ProductListEnvelope: ProductListEnvelope() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
    return parsed if parsed is not None else ProductListEnvelope()


def _pagination_policy() -> PaginationPolicy:
    operation = POLICY.operation(OPERATION_ID)
    if operation is None or operation.pagination is None:
        raise RuntimeError(f"{OPERATION_ID}: no pagination policy in _policy.POLICY")
    return operation.pagination


def _page_items(response: Response[ProductListEnvelope]) -> list[Product]:
    parsed = response.parsed
    if isinstance(parsed, ProductListEnvelope) and isinstance(parsed.data, list):
        return parsed.data
    return []


def _page_headers(response: Response[ProductListEnvelope]) -> dict[str, str]:
    return dict(response.headers)


def _page_total(response: Response[ProductListEnvelope]) -> int | None:
    return None


def iter_pages(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
) -> Iterator[Response[ProductListEnvelope]]:
    """Every page of `list_products`, fetched lazily (page pagination).

    `page_size` defaults to the vendor maximum (250).
    """

    def fetch(params: dict[str, int]) -> Response[ProductListEnvelope]:
        return sync_detailed(
            client=client,
            page=params["page"],
            per_page=params["per_page"],
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
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
) -> Iterator[Product]:
    """Every item of `list_products` across all pages, fetching each page only when needed."""
    for page in iter_pages(
        client=client,
        page_size=page_size,
    ):
        yield from _page_items(page)


def aiter_pages(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
) -> AsyncIterator[Response[ProductListEnvelope]]:
    """Async variant of `iter_pages`."""

    async def fetch(params: dict[str, int]) -> Response[ProductListEnvelope]:
        return await asyncio_detailed(
            client=client,
            page=params["page"],
            per_page=params["per_page"],
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
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
) -> AsyncIterator[Product]:
    """Async variant of `iter_items`."""
    async for page in aiter_pages(
        client=client,
        page_size=page_size,
    ):
        for item in _page_items(page):
            yield item
