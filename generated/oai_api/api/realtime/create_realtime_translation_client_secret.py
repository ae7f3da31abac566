from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from ...models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)


def _get_kwargs(
    *,
    body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/translations/client_secrets",
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
) -> ErrorResponse | RealtimeTranslationClientSecretCreateResponse:
    if response.status_code == 200:
        response_200 = RealtimeTranslationClientSecretCreateResponse.from_dict(
            response.json()
        )

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]:
    """Mint a short-lived client secret for the Realtime translation API, bound to a translation session
    config.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Body for minting a client secret
            bound to a Realtime translation session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]
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
    body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any],
) -> ErrorResponse | RealtimeTranslationClientSecretCreateResponse | None:
    """Mint a short-lived client secret for the Realtime translation API, bound to a translation session
    config.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Body for minting a client secret
            bound to a Realtime translation session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeTranslationClientSecretCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]:
    """Mint a short-lived client secret for the Realtime translation API, bound to a translation session
    config.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Body for minting a client secret
            bound to a Realtime translation session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RealtimeTranslationClientSecretCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any],
) -> ErrorResponse | RealtimeTranslationClientSecretCreateResponse | None:
    """Mint a short-lived client secret for the Realtime translation API, bound to a translation session
    config.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Body for minting a client secret
            bound to a Realtime translation session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RealtimeTranslationClientSecretCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
