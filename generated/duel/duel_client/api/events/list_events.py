"""GET /v1/events: operation `list_events`."""

import logging
from typing import Any

import httpx

from ..._runtime.errors import PARSE_ERRORS, error_for_response, invalid_value
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...types import Response

OPERATION_ID = "list_events"
_LOGGER = logging.getLogger("duel_client")


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events",
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({200})
PRIMARY_STATUS: int | None = 200


def _parse_status(status: int, response: httpx.Response) -> list[Event] | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = Event.from_dict(response_200_item_data)

            except PARSE_ERRORS as exc:
                raise invalid_value("list", response_200_item_data_index, "value", response_200_item_data, exc) from exc
            response_200.append(response_200_item)

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Event]]:
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
) -> Response[list[Event]]:
    """List events
    Programme activity such as completed tasks or tier advancements. Inferred: the path; the overview
    names the endpoint and the twelve event types but no fields.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[list[Event]]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[Event]:
    """List events
    Programme activity such as completed tasks or tier advancements. Inferred: the path; the overview
    names the endpoint and the twelve event types but no fields.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        list[Event]: [] (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        client=client,
    ).parsed
    return parsed if parsed is not None else []


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Event]]:
    """List events
    Programme activity such as completed tasks or tier advancements. Inferred: the path; the overview
    names the endpoint and the twelve event types but no fields.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[list[Event]]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[Event]:
    """List events
    Programme activity such as completed tasks or tier advancements. Inferred: the path; the overview
    names the endpoint and the twelve event types but no fields.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        list[Event]: [] (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
    return parsed if parsed is not None else []
