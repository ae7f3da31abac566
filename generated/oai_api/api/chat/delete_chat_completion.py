from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_deleted import ChatCompletionDeleted
from ...models.error_response import ErrorResponse


def _get_kwargs(
    completion_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chat/completions/{completion_id}".format(
            completion_id=quote(str(completion_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionDeleted | ErrorResponse:
    if response.status_code == 200:
        response_200 = ChatCompletionDeleted.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ChatCompletionDeleted | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ChatCompletionDeleted | ErrorResponse]:
    """Delete a chat completion that was saved with `store=true`.

    Args:
        completion_id (str): Which stored completion to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionDeleted | ErrorResponse]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ChatCompletionDeleted | ErrorResponse | None:
    """Delete a chat completion that was saved with `store=true`.

    Args:
        completion_id (str): Which stored completion to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionDeleted | ErrorResponse
    """

    return sync_detailed(
        completion_id=completion_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ChatCompletionDeleted | ErrorResponse]:
    """Delete a chat completion that was saved with `store=true`.

    Args:
        completion_id (str): Which stored completion to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionDeleted | ErrorResponse]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ChatCompletionDeleted | ErrorResponse | None:
    """Delete a chat completion that was saved with `store=true`.

    Args:
        completion_id (str): Which stored completion to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionDeleted | ErrorResponse
    """

    return (
        await asyncio_detailed(
            completion_id=completion_id,
            client=client,
        )
    ).parsed
