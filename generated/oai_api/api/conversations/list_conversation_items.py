from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.conversation_item_list import ConversationItemList
from ...models.error_response import ErrorResponse
from ...models.include_enum import IncludeEnum
from ...models.list_conversation_items_order import (
    ListConversationItemsOrder,
)
from ...types import UNSET, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{conversation_id}/items".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationItemList | ErrorResponse:
    if response.status_code == 200:
        response_200 = ConversationItemList.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ConversationItemList | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> _types.Response[ConversationItemList | ErrorResponse]:
    """List a conversation's items, newest first unless `order=asc`.

    Args:
        conversation_id (str): Conversation whose items you want.
        limit (int | Unset): Page size: how many items to return, 1 to 100 (20 if omitted).
        order (ListConversationItemsOrder | Unset): Item order: `desc` (newest first, the default)
            or `asc` (oldest first).
        after (str | Unset): Pagination cursor: return the items that come after this item ID.
        include (list[IncludeEnum] | Unset): Extra data to add to each item, e.g.
            `web_search_call.action.sources`, `file_search_call.results`,
            `message.output_text.logprobs` or `reasoning.encrypted_content`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationItemList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        limit=limit,
        order=order,
        after=after,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ConversationItemList | ErrorResponse | None:
    """List a conversation's items, newest first unless `order=asc`.

    Args:
        conversation_id (str): Conversation whose items you want.
        limit (int | Unset): Page size: how many items to return, 1 to 100 (20 if omitted).
        order (ListConversationItemsOrder | Unset): Item order: `desc` (newest first, the default)
            or `asc` (oldest first).
        after (str | Unset): Pagination cursor: return the items that come after this item ID.
        include (list[IncludeEnum] | Unset): Extra data to add to each item, e.g.
            `web_search_call.action.sources`, `file_search_call.results`,
            `message.output_text.logprobs` or `reasoning.encrypted_content`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationItemList | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        include=include,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> _types.Response[ConversationItemList | ErrorResponse]:
    """List a conversation's items, newest first unless `order=asc`.

    Args:
        conversation_id (str): Conversation whose items you want.
        limit (int | Unset): Page size: how many items to return, 1 to 100 (20 if omitted).
        order (ListConversationItemsOrder | Unset): Item order: `desc` (newest first, the default)
            or `asc` (oldest first).
        after (str | Unset): Pagination cursor: return the items that come after this item ID.
        include (list[IncludeEnum] | Unset): Extra data to add to each item, e.g.
            `web_search_call.action.sources`, `file_search_call.results`,
            `message.output_text.logprobs` or `reasoning.encrypted_content`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationItemList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        limit=limit,
        order=order,
        after=after,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ConversationItemList | ErrorResponse | None:
    """List a conversation's items, newest first unless `order=asc`.

    Args:
        conversation_id (str): Conversation whose items you want.
        limit (int | Unset): Page size: how many items to return, 1 to 100 (20 if omitted).
        order (ListConversationItemsOrder | Unset): Item order: `desc` (newest first, the default)
            or `asc` (oldest first).
        after (str | Unset): Pagination cursor: return the items that come after this item ID.
        include (list[IncludeEnum] | Unset): Extra data to add to each item, e.g.
            `web_search_call.action.sources`, `file_search_call.results`,
            `message.output_text.logprobs` or `reasoning.encrypted_content`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationItemList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            include=include,
        )
    ).parsed
