"""GET /api/v1/assets: operation `list_assets`."""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.errors import PARSE_ERRORS, ResponseValidationError, error_for_response, invalid_value
from ..._spec import validator
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...types import Response

OPERATION_ID = "list_assets"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/assets",
        "extensions": {"clientgen_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Asset] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = Asset.from_dict(response_200_item_data)

            except PARSE_ERRORS as exc:
                raise invalid_value("list", response_200_item_data_index, "value", response_200_item_data, exc) from exc
            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Asset]]:
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
) -> Response[list[Asset]]:
    """List assets
    Every asset of the programme, including advocates' uploads (UGC), as a JSON array. Note the
    `/api/v1` prefix, unlike the other endpoints. Inferred: the host; the overview gives the path alone.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[list[Asset]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[Asset] | None:
    """List assets
    Every asset of the programme, including advocates' uploads (UGC), as a JSON array. Note the
    `/api/v1` prefix, unlike the other endpoints. Inferred: the host; the overview gives the path alone.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        list[Asset]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Asset]]:
    """List assets
    Every asset of the programme, including advocates' uploads (UGC), as a JSON array. Note the
    `/api/v1` prefix, unlike the other endpoints. Inferred: the host; the overview gives the path alone.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        Response[list[Asset]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[Asset] | None:
    """List assets
    Every asset of the programme, including advocates' uploads (UGC), as a JSON array. Note the
    `/api/v1` prefix, unlike the other endpoints. Inferred: the host; the overview gives the path alone.

    Raises:
        errors.APIStatusError: The API answered 4xx/5xx (a subclass per status: NotFoundError, ...).
        errors.APIConnectionError: The request failed in transit (APITimeoutError, AmbiguousWriteError).
        errors.RequestValidationError: The request body breaks the spec; nothing was sent.
        errors.ResponseValidationError: The response body does not match the spec.

    Returns:
        list[Asset]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
