from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_message_list import ChatCompletionMessageList
from ...models.error_response import ErrorResponse
from ...models.get_chat_completion_messages_order import (
    GetChatCompletionMessagesOrder,
)
from ...types import UNSET, Unset


def _get_kwargs(
    completion_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetChatCompletionMessagesOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/completions/{completion_id}/messages".format(
            completion_id=quote(str(completion_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionMessageList | ErrorResponse:
    if response.status_code == 200:
        response_200 = ChatCompletionMessageList.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ChatCompletionMessageList | ErrorResponse]:
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
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetChatCompletionMessagesOrder | Unset = UNSET,
) -> _types.Response[ChatCompletionMessageList | ErrorResponse]:
    """List the messages of a chat completion saved with `store=true`.

    Args:
        completion_id (str): Stored completion whose messages you want.
        after (str | Unset): Pagination cursor: ID of the last message seen; the page starts after
            it.
        limit (int | Unset): How many messages to return per page (default 20).
        order (GetChatCompletionMessagesOrder | Unset): Order by creation time: `asc` (oldest
            first, the default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionMessageList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
        after=after,
        limit=limit,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetChatCompletionMessagesOrder | Unset = UNSET,
) -> ChatCompletionMessageList | ErrorResponse | None:
    """List the messages of a chat completion saved with `store=true`.

    Args:
        completion_id (str): Stored completion whose messages you want.
        after (str | Unset): Pagination cursor: ID of the last message seen; the page starts after
            it.
        limit (int | Unset): How many messages to return per page (default 20).
        order (GetChatCompletionMessagesOrder | Unset): Order by creation time: `asc` (oldest
            first, the default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionMessageList | ErrorResponse
    """

    return sync_detailed(
        completion_id=completion_id,
        client=client,
        after=after,
        limit=limit,
        order=order,
    ).parsed


async def asyncio_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetChatCompletionMessagesOrder | Unset = UNSET,
) -> _types.Response[ChatCompletionMessageList | ErrorResponse]:
    """List the messages of a chat completion saved with `store=true`.

    Args:
        completion_id (str): Stored completion whose messages you want.
        after (str | Unset): Pagination cursor: ID of the last message seen; the page starts after
            it.
        limit (int | Unset): How many messages to return per page (default 20).
        order (GetChatCompletionMessagesOrder | Unset): Order by creation time: `asc` (oldest
            first, the default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionMessageList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
        after=after,
        limit=limit,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetChatCompletionMessagesOrder | Unset = UNSET,
) -> ChatCompletionMessageList | ErrorResponse | None:
    """List the messages of a chat completion saved with `store=true`.

    Args:
        completion_id (str): Stored completion whose messages you want.
        after (str | Unset): Pagination cursor: ID of the last message seen; the page starts after
            it.
        limit (int | Unset): How many messages to return per page (default 20).
        order (GetChatCompletionMessagesOrder | Unset): Order by creation time: `asc` (oldest
            first, the default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionMessageList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            completion_id=completion_id,
            client=client,
            after=after,
            limit=limit,
            order=order,
        )
    ).parsed
