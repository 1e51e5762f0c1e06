"""GET /v1/members/{member_id}: operation `get_member`."""

import logging
from typing import Any

import httpx

from ..._runtime import paths as _paths
from ..._runtime.errors import error_for_response
from ..._runtime.responses import read_response, status_of
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.member import Member
from ...types import Response

OPERATION_ID = "get_member"
_LOGGER = logging.getLogger("duel_client")


def _get_kwargs(
    member_id: str,
) -> dict[str, Any]:

    # Refuse a parameter its schema forbids before anything is sent (names it and the rule).
    validator().validate_parameters(
        OPERATION_ID,
        path={
            "member_id": member_id,
        },
        query={},
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/members/{member_id}".format(
            member_id=_paths.segment(OPERATION_ID, "member_id", member_id),
        ),
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


# The success statuses the spec declares; any other 2xx is parsed as PRIMARY_STATUS's body.
DECLARED_STATUSES: frozenset[int] = frozenset({200})
PRIMARY_STATUS: int | None = 200


def _parse_status(status: int, response: httpx.Response) -> Member | None:
    """The body of `response` parsed as the declared body of `status` (None if it declares none)."""
    if status == 200:
        response_200 = Member.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Member]:
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
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Member]:
    """Get a member
    One advocate. Inferred: the path (see list_members).

    Args:
        member_id (str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[Member]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        member_id=member_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Member:
    """Get a member
    One advocate. Inferred: the path (see list_members).

    Args:
        member_id (str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Member: Member() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = sync_detailed(
        member_id=member_id,
        client=client,
    ).parsed
    return parsed if parsed is not None else Member()


async def asyncio_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Member]:
    """Get a member
    One advocate. Inferred: the path (see list_members).

    Args:
        member_id (str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Response[Member]: `parsed` is None only when the body could
        not be read at all; `spec_mismatches` lists how the answer differed from the spec.
    """

    kwargs = _get_kwargs(
        member_id=member_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Member:
    """Get a member
    One advocate. Inferred: the path (see list_members).

    Args:
        member_id (str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request breaks a constraint a vendor document states;
            nothing was sent.
        errors.ResponseValidationError: Only with `strict_responses=True`: the response body does not
            match the spec (by default differences are listed in `Response.spec_mismatches`).

    Returns:
        Member: Member() (every field UNSET) when the body
        could not be read at all.
    """

    parsed = (
        await asyncio_detailed(
            member_id=member_id,
            client=client,
        )
    ).parsed
    return parsed if parsed is not None else Member()
