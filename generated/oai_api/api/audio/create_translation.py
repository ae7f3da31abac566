from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ..._model import member, one_of
from ...client import AuthenticatedClient, Client
from ...models.create_translation_request import CreateTranslationRequest
from ...models.create_translation_response_json import CreateTranslationResponseJson
from ...models.create_translation_response_verbose_json import (
    CreateTranslationResponseVerboseJson,
)
from ...models.error_response import ErrorResponse


def _get_kwargs(
    *,
    body: CreateTranslationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/translations",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | ErrorResponse
):
    if response.status_code == 200:
        response_200 = one_of(
            member("create_translation_response_json", "CreateTranslationResponseJson"),
            member(
                "create_translation_response_verbose_json",
                "CreateTranslationResponseVerboseJson",
            ),
        )(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[
    CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | ErrorResponse
]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranslationRequest,
) -> _types.Response[
    CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | ErrorResponse
]:
    """Turn speech in any supported language into English text.

    Args:
        body (CreateTranslationRequest): Multipart form of a translation (audio to English)
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | ErrorResponse]
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
    body: CreateTranslationRequest,
) -> (
    CreateTranslationResponseJson
    | CreateTranslationResponseVerboseJson
    | ErrorResponse
    | None
):
    """Turn speech in any supported language into English text.

    Args:
        body (CreateTranslationRequest): Multipart form of a translation (audio to English)
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranslationRequest,
) -> _types.Response[
    CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | ErrorResponse
]:
    """Turn speech in any supported language into English text.

    Args:
        body (CreateTranslationRequest): Multipart form of a translation (audio to English)
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranslationRequest,
) -> (
    CreateTranslationResponseJson
    | CreateTranslationResponseVerboseJson
    | ErrorResponse
    | None
):
    """Turn speech in any supported language into English text.

    Args:
        body (CreateTranslationRequest): Multipart form of a translation (audio to English)
            request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
