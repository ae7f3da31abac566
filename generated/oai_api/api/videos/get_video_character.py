from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.video_character_resource import VideoCharacterResource


def _get_kwargs(
    character_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/characters/{character_id}".format(
            character_id=quote(str(character_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VideoCharacterResource:
    if response.status_code == 200:
        response_200 = VideoCharacterResource.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | VideoCharacterResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    character_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ErrorResponse | VideoCharacterResource]:
    """Deprecated. Fetch a video character by ID.

    Args:
        character_id (str): Which character to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoCharacterResource]
    """

    kwargs = _get_kwargs(
        character_id=character_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    character_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VideoCharacterResource | None:
    """Deprecated. Fetch a video character by ID.

    Args:
        character_id (str): Which character to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoCharacterResource
    """

    return sync_detailed(
        character_id=character_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    character_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ErrorResponse | VideoCharacterResource]:
    """Deprecated. Fetch a video character by ID.

    Args:
        character_id (str): Which character to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoCharacterResource]
    """

    kwargs = _get_kwargs(
        character_id=character_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    character_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VideoCharacterResource | None:
    """Deprecated. Fetch a video character by ID.

    Args:
        character_id (str): Which character to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoCharacterResource
    """

    return (
        await asyncio_detailed(
            character_id=character_id,
            client=client,
        )
    ).parsed
