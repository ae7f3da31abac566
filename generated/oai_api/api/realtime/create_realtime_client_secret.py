from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.realtime_create_client_secret_request import (
    RealtimeCreateClientSecretRequest,
)
from ...models.realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse,
)


def _get_kwargs(
    *,
    body: RealtimeCreateClientSecretRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/client_secrets",
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
) -> ErrorResponse | RealtimeCreateClientSecretResponse:
    if response.status_code == 200:
        response_200 = RealtimeCreateClientSecretResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | RealtimeCreateClientSecretResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCreateClientSecretRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | RealtimeCreateClientSecretResponse]:
    """Mint a short-lived client secret (like `ek_1234`) for browser or mobile apps, optionally bound to a
    session config and a custom lifetime.

    Args:
        body (RealtimeCreateClientSecretRequest): Body for minting a Realtime client secret, with
            an optional lifetime and a realtime or transcription session config.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeCreateClientSecretResponse]
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
    body: RealtimeCreateClientSecretRequest | Mapping[str, Any],
) -> ErrorResponse | RealtimeCreateClientSecretResponse | None:
    """Mint a short-lived client secret (like `ek_1234`) for browser or mobile apps, optionally bound to a
    session config and a custom lifetime.

    Args:
        body (RealtimeCreateClientSecretRequest): Body for minting a Realtime client secret, with
            an optional lifetime and a realtime or transcription session config.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeCreateClientSecretResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCreateClientSecretRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | RealtimeCreateClientSecretResponse]:
    """Mint a short-lived client secret (like `ek_1234`) for browser or mobile apps, optionally bound to a
    session config and a custom lifetime.

    Args:
        body (RealtimeCreateClientSecretRequest): Body for minting a Realtime client secret, with
            an optional lifetime and a realtime or transcription session config.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeCreateClientSecretResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCreateClientSecretRequest | Mapping[str, Any],
) -> ErrorResponse | RealtimeCreateClientSecretResponse | None:
    """Mint a short-lived client secret (like `ek_1234`) for browser or mobile apps, optionally bound to a
    session config and a custom lifetime.

    Args:
        body (RealtimeCreateClientSecretRequest): Body for minting a Realtime client secret, with
            an optional lifetime and a realtime or transcription session config.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeCreateClientSecretResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
