"""PATCH /sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/fulfillments/{fulfillment_id}: operation `update_fulfillment`."""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import paths as _paths
from ..._runtime.errors import ResponseValidationError, error_for_response
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.fulfillment import Fulfillment
from ...models.fulfillment_update import FulfillmentUpdate
from ...types import Response

OPERATION_ID = "update_fulfillment"


def _get_kwargs(
    site_name: str,
    order_id: str,
    fulfillment_id: str,
    *,
    body: FulfillmentUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Refuse a parameter its schema forbids before anything is sent (names it and the rule).
    validator().validate_parameters(
        OPERATION_ID,
        path={
            "site_name": site_name,
            "order_id": order_id,
            "fulfillment_id": fulfillment_id,
        },
        query={},
    )

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/fulfillments/{fulfillment_id}".format(
            site_name=_paths.segment(OPERATION_ID, "site_name", site_name),
            order_id=_paths.segment(OPERATION_ID, "order_id", order_id),
            fulfillment_id=_paths.segment(OPERATION_ID, "fulfillment_id", fulfillment_id),
        ),
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    # Refuse what the spec forbids before anything is sent: the error names the field and rule.
    validator().validate_request_body(OPERATION_ID, _kwargs.get("json"))

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Fulfillment | None:
    if response.status_code == 200:
        response_200 = Fulfillment.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Fulfillment]:
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
    fulfillment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FulfillmentUpdate,
) -> Response[Fulfillment]:
    """Update a fulfillment
    Changes a fulfillment's status, method, items or tracking.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        order_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        fulfillment_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        body (FulfillmentUpdate): The fulfillment fields that may change.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[Fulfillment]
    """

    kwargs = _get_kwargs(
        site_name=site_name,
        order_id=order_id,
        fulfillment_id=fulfillment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    site_name: str,
    order_id: str,
    fulfillment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FulfillmentUpdate,
) -> Fulfillment | None:
    """Update a fulfillment
    Changes a fulfillment's status, method, items or tracking.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        order_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        fulfillment_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        body (FulfillmentUpdate): The fulfillment fields that may change.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Fulfillment
    """

    return sync_detailed(
        site_name=site_name,
        order_id=order_id,
        fulfillment_id=fulfillment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    site_name: str,
    order_id: str,
    fulfillment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FulfillmentUpdate,
) -> Response[Fulfillment]:
    """Update a fulfillment
    Changes a fulfillment's status, method, items or tracking.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        order_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        fulfillment_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        body (FulfillmentUpdate): The fulfillment fields that may change.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[Fulfillment]
    """

    kwargs = _get_kwargs(
        site_name=site_name,
        order_id=order_id,
        fulfillment_id=fulfillment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    site_name: str,
    order_id: str,
    fulfillment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FulfillmentUpdate,
) -> Fulfillment | None:
    """Update a fulfillment
    Changes a fulfillment's status, method, items or tracking.

    Args:
        site_name (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        order_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        fulfillment_id (str): An identifier used in a path. Inferred: letters, digits, `_` and `-`
            (Duda's ids are opaque strings).
        body (FulfillmentUpdate): The fulfillment fields that may change.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Fulfillment
    """

    return (
        await asyncio_detailed(
            site_name=site_name,
            order_id=order_id,
            fulfillment_id=fulfillment_id,
            client=client,
            body=body,
        )
    ).parsed
