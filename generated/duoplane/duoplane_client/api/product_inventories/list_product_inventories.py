"""GET /api/product_inventories: operation `list_product_inventories`."""

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._policy import POLICY
from ..._runtime import pagination as _pagination
from ..._runtime.errors import ResponseValidationError, error_for_response
from ..._runtime.policy import PaginationPolicy
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.product_inventory import ProductInventory
from ...models.product_inventory_list_envelope import ProductInventoryListEnvelope
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_product_inventories"


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
        "url": "/api/product_inventories",
        "params": params,
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProductInventoryListEnvelope | None:
    if response.status_code == 200:
        response_200 = ProductInventoryListEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProductInventoryListEnvelope]:
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
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 250,
) -> Response[ProductInventoryListEnvelope]:
    """List product inventories
    One page of inventory records (a vendor's stock and cost for a product), paged like every array-
    returning GET.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 250.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[ProductInventoryListEnvelope]
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
) -> ProductInventoryListEnvelope | None:
    """List product inventories
    One page of inventory records (a vendor's stock and cost for a product), paged like every array-
    returning GET.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 250.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        ProductInventoryListEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 250,
) -> Response[ProductInventoryListEnvelope]:
    """List product inventories
    One page of inventory records (a vendor's stock and cost for a product), paged like every array-
    returning GET.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 250.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[ProductInventoryListEnvelope]
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
) -> ProductInventoryListEnvelope | None:
    """List product inventories
    One page of inventory records (a vendor's stock and cost for a product), paged like every array-
    returning GET.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 250.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        ProductInventoryListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


def _pagination_policy() -> PaginationPolicy:
    operation = POLICY.operation(OPERATION_ID)
    if operation is None or operation.pagination is None:
        raise RuntimeError(f"{OPERATION_ID}: no pagination policy in _policy.POLICY")
    return operation.pagination


def _page_items(response: Response[ProductInventoryListEnvelope]) -> list[ProductInventory]:
    parsed = response.parsed
    if isinstance(parsed, ProductInventoryListEnvelope) and isinstance(parsed.data, list):
        return parsed.data
    return []


def _page_headers(response: Response[ProductInventoryListEnvelope]) -> dict[str, str]:
    return dict(response.headers)


def _page_total(response: Response[ProductInventoryListEnvelope]) -> int | None:
    return None


def iter_pages(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
) -> Iterator[Response[ProductInventoryListEnvelope]]:
    """Every page of `list_product_inventories`, fetched lazily (page pagination).

    `page_size` defaults to the vendor maximum (250).
    """

    def fetch(params: dict[str, int]) -> Response[ProductInventoryListEnvelope]:
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
) -> Iterator[ProductInventory]:
    """Every item of `list_product_inventories` across all pages, fetching each page only when needed."""
    for page in iter_pages(
        client=client,
        page_size=page_size,
    ):
        yield from _page_items(page)


def aiter_pages(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
) -> AsyncIterator[Response[ProductInventoryListEnvelope]]:
    """Async variant of `iter_pages`."""

    async def fetch(params: dict[str, int]) -> Response[ProductInventoryListEnvelope]:
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
) -> AsyncIterator[ProductInventory]:
    """Async variant of `iter_items`."""
    async for page in aiter_pages(
        client=client,
        page_size=page_size,
    ):
        for item in _page_items(page):
            yield item
