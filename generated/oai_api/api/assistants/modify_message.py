from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_object import MessageObject
from ...models.modify_message_request import ModifyMessageRequest


def _get_kwargs(
    thread_id: str,
    message_id: str,
    *,
    body: ModifyMessageRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/messages/{message_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
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
) -> ErrorResponse | MessageObject:
    if response.status_code == 200:
        response_200 = MessageObject.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | MessageObject]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyMessageRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | MessageObject]:
    """Update a message's metadata.

    Args:
        thread_id (str): ID of the thread that holds the message.
        message_id (str): Which message to change.
        body (ModifyMessageRequest): Body for updating a message; only its `metadata` can change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyMessageRequest | Mapping[str, Any],
) -> ErrorResponse | MessageObject | None:
    """Update a message's metadata.

    Args:
        thread_id (str): ID of the thread that holds the message.
        message_id (str): Which message to change.
        body (ModifyMessageRequest): Body for updating a message; only its `metadata` can change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageObject
    """

    return sync_detailed(
        thread_id=thread_id,
        message_id=message_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyMessageRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | MessageObject]:
    """Update a message's metadata.

    Args:
        thread_id (str): ID of the thread that holds the message.
        message_id (str): Which message to change.
        body (ModifyMessageRequest): Body for updating a message; only its `metadata` can change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyMessageRequest | Mapping[str, Any],
) -> ErrorResponse | MessageObject | None:
    """Update a message's metadata.

    Args:
        thread_id (str): ID of the thread that holds the message.
        message_id (str): Which message to change.
        body (ModifyMessageRequest): Body for updating a message; only its `metadata` can change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
