"""GET /v1/members/{member_id}: operation `get_member`."""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import paths as _paths
from ..._runtime.errors import ResponseValidationError, error_for_response
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.member import Member
from ...types import Response

OPERATION_ID = "get_member"


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Member | None:
    if response.status_code == 200:
        response_200 = Member.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Member]:
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
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[Member]
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
) -> Member | None:
    """Get a member
    One advocate. Inferred: the path (see list_members).

    Args:
        member_id (str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Member
    """

    return sync_detailed(
        member_id=member_id,
        client=client,
    ).parsed


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
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[Member]
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
) -> Member | None:
    """Get a member
    One advocate. Inferred: the path (see list_members).

    Args:
        member_id (str):

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Member
    """

    return (
        await asyncio_detailed(
            member_id=member_id,
            client=client,
        )
    ).parsed
