"""PUT /v1/orders/{order_id}: operation `upsert_order`."""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import paths as _paths
from ..._runtime.errors import ResponseValidationError, error_for_response
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.order_upsert import OrderUpsert
from ...models.order_upsert_result import OrderUpsertResult
from ...types import Response

OPERATION_ID = "upsert_order"


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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    # Refuse what the spec forbids before anything is sent: the error names the field and rule.
    validator().validate_request_body(OPERATION_ID, _kwargs.get("json"))

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrderUpsertResult | None:
    if response.status_code == 200:
        response_200 = OrderUpsertResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = OrderUpsertResult.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrderUpsertResult]:
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpsert,
) -> Response[OrderUpsertResult]:
    """Create or update an order
    Sends the order whether or not Duel has seen it: a new order is created (201), a known one updated
    (200), and `change_status` in the body says which. Duel recommends this for new integrations. A
    total of 0 cancels the order.

    Args:
        order_id (str):
        body (OrderUpsert): An order for the PUT upsert. The id is in the path; Inferred: `order`
            may be left out of the body. Total, currency and email are the required order parameters.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[OrderUpsertResult]
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
) -> OrderUpsertResult | None:
    """Create or update an order
    Sends the order whether or not Duel has seen it: a new order is created (201), a known one updated
    (200), and `change_status` in the body says which. Duel recommends this for new integrations. A
    total of 0 cancels the order.

    Args:
        order_id (str):
        body (OrderUpsert): An order for the PUT upsert. The id is in the path; Inferred: `order`
            may be left out of the body. Total, currency and email are the required order parameters.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        OrderUpsertResult
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpsert,
) -> Response[OrderUpsertResult]:
    """Create or update an order
    Sends the order whether or not Duel has seen it: a new order is created (201), a known one updated
    (200), and `change_status` in the body says which. Duel recommends this for new integrations. A
    total of 0 cancels the order.

    Args:
        order_id (str):
        body (OrderUpsert): An order for the PUT upsert. The id is in the path; Inferred: `order`
            may be left out of the body. Total, currency and email are the required order parameters.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[OrderUpsertResult]
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
) -> OrderUpsertResult | None:
    """Create or update an order
    Sends the order whether or not Duel has seen it: a new order is created (201), a known one updated
    (200), and `change_status` in the body says which. Duel recommends this for new integrations. A
    total of 0 cancels the order.

    Args:
        order_id (str):
        body (OrderUpsert): An order for the PUT upsert. The id is in the path; Inferred: `order`
            may be left out of the body. Total, currency and email are the required order parameters.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        OrderUpsertResult
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
