"""POST /api/products: operation `create_product`."""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import ResponseValidationError, error_for_response
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.product_create import ProductCreate
from ...models.product_envelope import ProductEnvelope
from ...types import Response

OPERATION_ID = "create_product"


def _get_kwargs(
    *,
    body: ProductCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/products",
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    # Refuse what the spec forbids before anything is sent: the error names the field and rule.
    validator().validate_request_body(OPERATION_ID, _kwargs.get("json"))

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProductEnvelope | None:
    if response.status_code == 201:
        response_201 = ProductEnvelope.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProductEnvelope]:
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
    body: ProductCreate,
) -> Response[ProductEnvelope]:
    """Create a product
    Adds a product to the catalogue, optionally with its inventory records (one per vendor).
    developers.duoplane.com "Create a product": `POST https://app.duoplane.com/api/products` with the
    product's fields and `product_inventories`.

    Args:
        body (ProductCreate): A new catalogue product (developers.duoplane.com "Create a
            product"); the reference lists these fields and requires none.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[ProductEnvelope]
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
    body: ProductCreate,
) -> ProductEnvelope | None:
    """Create a product
    Adds a product to the catalogue, optionally with its inventory records (one per vendor).
    developers.duoplane.com "Create a product": `POST https://app.duoplane.com/api/products` with the
    product's fields and `product_inventories`.

    Args:
        body (ProductCreate): A new catalogue product (developers.duoplane.com "Create a
            product"); the reference lists these fields and requires none.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        ProductEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProductCreate,
) -> Response[ProductEnvelope]:
    """Create a product
    Adds a product to the catalogue, optionally with its inventory records (one per vendor).
    developers.duoplane.com "Create a product": `POST https://app.duoplane.com/api/products` with the
    product's fields and `product_inventories`.

    Args:
        body (ProductCreate): A new catalogue product (developers.duoplane.com "Create a
            product"); the reference lists these fields and requires none.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[ProductEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProductCreate,
) -> ProductEnvelope | None:
    """Create a product
    Adds a product to the catalogue, optionally with its inventory records (one per vendor).
    developers.duoplane.com "Create a product": `POST https://app.duoplane.com/api/products` with the
    product's fields and `product_inventories`.

    Args:
        body (ProductCreate): A new catalogue product (developers.duoplane.com "Create a
            product"); the reference lists these fields and requires none.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        ProductEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
