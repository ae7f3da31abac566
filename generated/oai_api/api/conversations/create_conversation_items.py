from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.conversation_item_list import ConversationItemList
from ...models.create_conversation_items_body import CreateConversationItemsBody
from ...models.error_response import ErrorResponse
from ...models.include_enum import IncludeEnum
from ...types import UNSET, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: CreateConversationItemsBody | Mapping[str, Any],
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation_id}/items".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
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
    body: CreateConversationItemsBody | Mapping[str, Any],
    include: list[IncludeEnum] | Unset = UNSET,
) -> _types.Response[ConversationItemList | ErrorResponse]:
    """Append up to 20 items to a conversation.

    Args:
        conversation_id (str): Conversation that the new items are appended to.
        include (list[IncludeEnum] | Unset): Optional extra data to return with the added items;
            same values as `include` when listing items.
        body (CreateConversationItemsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationItemList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
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
    body: CreateConversationItemsBody | Mapping[str, Any],
    include: list[IncludeEnum] | Unset = UNSET,
) -> ConversationItemList | ErrorResponse | None:
    """Append up to 20 items to a conversation.

    Args:
        conversation_id (str): Conversation that the new items are appended to.
        include (list[IncludeEnum] | Unset): Optional extra data to return with the added items;
            same values as `include` when listing items.
        body (CreateConversationItemsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationItemList | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateConversationItemsBody | Mapping[str, Any],
    include: list[IncludeEnum] | Unset = UNSET,
) -> _types.Response[ConversationItemList | ErrorResponse]:
    """Append up to 20 items to a conversation.

    Args:
        conversation_id (str): Conversation that the new items are appended to.
        include (list[IncludeEnum] | Unset): Optional extra data to return with the added items;
            same values as `include` when listing items.
        body (CreateConversationItemsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationItemList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateConversationItemsBody | Mapping[str, Any],
    include: list[IncludeEnum] | Unset = UNSET,
) -> ConversationItemList | ErrorResponse | None:
    """Append up to 20 items to a conversation.

    Args:
        conversation_id (str): Conversation that the new items are appended to.
        include (list[IncludeEnum] | Unset): Optional extra data to return with the added items;
            same values as `include` when listing items.
        body (CreateConversationItemsBody):

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
            body=body,
            include=include,
        )
    ).parsed
