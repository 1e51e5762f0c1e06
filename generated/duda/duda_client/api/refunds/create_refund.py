"""POST /sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/refunds: operation `create_refund`."""

import logging
from typing import Any

import httpx

from ..._runtime import paths as _paths
from ..._runtime.errors import RequestValidationError, error_for_response
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.refund import Refund
from ...models.refund_create import RefundCreate
from ...types import Response

OPERATION_ID = "create_refund"
_LOGGER = logging.getLogger("duda_client")


def _get_kwargs(
    site_name: str,
    order_id: str,
    *,
    body: RefundCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # Refuse a parameter its schema forbids before anything is sent (names it and the rule).
    validator().validate_parameters(
        OPERATION_ID,
        path={
            "site_name": site_name,
            "order_id": order_id,
        },
        query={},
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sites/multiscreen/{site_name}/ecommerce/orders/{order_id}/refunds".format(
            site_name=_paths.segment(OPERATION_ID, "site_name", site_name),
            order_id=_paths.segment(OPERATION_ID, "order_id", order_id),
        ),
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    if not isinstance(body, RefundCreate):  # a dict or None would fail inside to_dict()
        raise RequestValidationError(
            OPERATION_ID,
            field="body",
            rule="type",
            message=f"{OPERATION_ID}: body must be a RefundCreate, not {type(body).__name__}",
        )
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    # Refuse what the spec forbids before anything is sent: the error names the field and rule.
    validator().validate_request_body(OPERATION_ID, _kwargs.get("json"))

    _kwargs["headers"] = headers
    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({201})
PRIMARY_STATUS: int | None = 201


def _parse_status(status: int, response: httpx.Response) -> Refund | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 201:
        response_201 = Refund.from_dict(response.json())

        return response_201

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Refund]:
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreate,
) -> Response[Refund]:
    """Refund an order
    Refunds some or all of an order's items, optionally telling the customer.

    Args:
        site_name (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        order_id (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        body (RefundCreate): What to refund: `{reason?, notify_customer?, items}` in additional
            facts and the SDK's CreateRefundPayload, hence closed with `items` required.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[Refund]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        site_name=site_name,
        order_id=order_id,
        body=body,
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
    body: RefundCreate,
) -> Refund:
    """Refund an order
    Refunds some or all of an order's items, optionally telling the customer.

    Args:
        site_name (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        order_id (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        body (RefundCreate): What to refund: `{reason?, notify_customer?, items}` in additional
            facts and the SDK's CreateRefundPayload, hence closed with `items` required.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Refund: Refund() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        site_name=site_name,
        order_id=order_id,
        client=client,
        body=body,
    ).parsed
    return parsed if parsed is not None else Refund()


async def asyncio_detailed(
    site_name: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreate,
) -> Response[Refund]:
    """Refund an order
    Refunds some or all of an order's items, optionally telling the customer.

    Args:
        site_name (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        order_id (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        body (RefundCreate): What to refund: `{reason?, notify_customer?, items}` in additional
            facts and the SDK's CreateRefundPayload, hence closed with `items` required.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[Refund]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        site_name=site_name,
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    site_name: str,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreate,
) -> Refund:
    """Refund an order
    Refunds some or all of an order's items, optionally telling the customer.

    Args:
        site_name (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        order_id (str): An identifier used in a path: an opaque string (the reference and the SDK
            type every id as a plain string; no source restricts its characters, so none are refused).
        body (RefundCreate): What to refund: `{reason?, notify_customer?, items}` in additional
            facts and the SDK's CreateRefundPayload, hence closed with `items` required.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Refund: Refund() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            site_name=site_name,
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
    return parsed if parsed is not None else Refund()
