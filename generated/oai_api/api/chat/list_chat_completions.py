from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_list import ChatCompletionList
from ...models.error_response import ErrorResponse
from ...models.list_chat_completions_order import (
    ListChatCompletionsOrder,
)
from ...models.metadata_type_0 import MetadataType0
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    model: str | Unset = UNSET,
    metadata: MetadataType0 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    json_metadata: dict[str, Any] | None | Unset
    if isinstance(metadata, Unset):
        json_metadata = UNSET
    elif isinstance(metadata, MetadataType0):
        json_metadata = metadata.to_dict()
    else:
        json_metadata = metadata
    params["metadata"] = json_metadata

    params["after"] = after

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/completions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionList | ErrorResponse:
    if response.status_code == 200:
        response_200 = ChatCompletionList.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ChatCompletionList | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
    metadata: MetadataType0 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> _types.Response[ChatCompletionList | ErrorResponse]:
    """List chat completions that were saved with `store=true`; unsaved ones never appear.

    Args:
        model (str | Unset): Return only completions produced by this model.
        metadata (MetadataType0 | None | Unset): Up to 16 string key/value tags attached to an
            object.
        after (str | Unset): Pagination cursor: ID of the last completion seen; the page starts
            after it.
        limit (int | Unset): How many completions to return per page (default 20).
        order (ListChatCompletionsOrder | Unset): Order by creation time: `asc` (oldest first, the
            default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        model=model,
        metadata=metadata,
        after=after,
        limit=limit,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
    metadata: MetadataType0 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> ChatCompletionList | ErrorResponse | None:
    """List chat completions that were saved with `store=true`; unsaved ones never appear.

    Args:
        model (str | Unset): Return only completions produced by this model.
        metadata (MetadataType0 | None | Unset): Up to 16 string key/value tags attached to an
            object.
        after (str | Unset): Pagination cursor: ID of the last completion seen; the page starts
            after it.
        limit (int | Unset): How many completions to return per page (default 20).
        order (ListChatCompletionsOrder | Unset): Order by creation time: `asc` (oldest first, the
            default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        model=model,
        metadata=metadata,
        after=after,
        limit=limit,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
    metadata: MetadataType0 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> _types.Response[ChatCompletionList | ErrorResponse]:
    """List chat completions that were saved with `store=true`; unsaved ones never appear.

    Args:
        model (str | Unset): Return only completions produced by this model.
        metadata (MetadataType0 | None | Unset): Up to 16 string key/value tags attached to an
            object.
        after (str | Unset): Pagination cursor: ID of the last completion seen; the page starts
            after it.
        limit (int | Unset): How many completions to return per page (default 20).
        order (ListChatCompletionsOrder | Unset): Order by creation time: `asc` (oldest first, the
            default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        model=model,
        metadata=metadata,
        after=after,
        limit=limit,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
    metadata: MetadataType0 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> ChatCompletionList | ErrorResponse | None:
    """List chat completions that were saved with `store=true`; unsaved ones never appear.

    Args:
        model (str | Unset): Return only completions produced by this model.
        metadata (MetadataType0 | None | Unset): Up to 16 string key/value tags attached to an
            object.
        after (str | Unset): Pagination cursor: ID of the last completion seen; the page starts
            after it.
        limit (int | Unset): How many completions to return per page (default 20).
        order (ListChatCompletionsOrder | Unset): Order by creation time: `asc` (oldest first, the
            default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
            metadata=metadata,
            after=after,
            limit=limit,
            order=order,
        )
    ).parsed
