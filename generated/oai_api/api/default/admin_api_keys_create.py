from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.admin_api_key_create_response import AdminApiKeyCreateResponse
from ...models.admin_api_keys_create_body import AdminApiKeysCreateBody
from ...models.error_response import ErrorResponse


def _get_kwargs(
    *,
    body: AdminApiKeysCreateBody | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/admin_api_keys",
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdminApiKeyCreateResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = AdminApiKeyCreateResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[AdminApiKeyCreateResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdminApiKeysCreateBody | Mapping[str, Any],
) -> _types.Response[AdminApiKeyCreateResponse | ErrorResponse]:
    """Create an admin API key for the organization; the secret value is shown only in this answer.

    Args:
        body (AdminApiKeysCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminApiKeyCreateResponse | ErrorResponse]
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
    client: AuthenticatedClient,
    body: AdminApiKeysCreateBody | Mapping[str, Any],
) -> AdminApiKeyCreateResponse | ErrorResponse | None:
    """Create an admin API key for the organization; the secret value is shown only in this answer.

    Args:
        body (AdminApiKeysCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminApiKeyCreateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AdminApiKeysCreateBody | Mapping[str, Any],
) -> _types.Response[AdminApiKeyCreateResponse | ErrorResponse]:
    """Create an admin API key for the organization; the secret value is shown only in this answer.

    Args:
        body (AdminApiKeysCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminApiKeyCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AdminApiKeysCreateBody | Mapping[str, Any],
) -> AdminApiKeyCreateResponse | ErrorResponse | None:
    """Create an admin API key for the organization; the secret value is shown only in this answer.

    Args:
        body (AdminApiKeysCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminApiKeyCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
