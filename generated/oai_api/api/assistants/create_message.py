from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_message_request import CreateMessageRequest
from ...models.error_response import ErrorResponse
from ...models.message_object import MessageObject


def _get_kwargs(
    thread_id: str,
    *,
    body: CreateMessageRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/messages".format(
            thread_id=quote(str(thread_id), safe=""),
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateMessageRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | MessageObject]:
    """Add a message to a thread.

    Args:
        thread_id (str): ID of the thread that receives the message.
        body (CreateMessageRequest): Body for adding a message to a thread: a role, the content
            and optional file attachments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMessageRequest | Mapping[str, Any],
) -> ErrorResponse | MessageObject | None:
    """Add a message to a thread.

    Args:
        thread_id (str): ID of the thread that receives the message.
        body (CreateMessageRequest): Body for adding a message to a thread: a role, the content
            and optional file attachments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageObject
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMessageRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | MessageObject]:
    """Add a message to a thread.

    Args:
        thread_id (str): ID of the thread that receives the message.
        body (CreateMessageRequest): Body for adding a message to a thread: a role, the content
            and optional file attachments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMessageRequest | Mapping[str, Any],
) -> ErrorResponse | MessageObject | None:
    """Add a message to a thread.

    Args:
        thread_id (str): ID of the thread that receives the message.
        body (CreateMessageRequest): Body for adding a message to a thread: a role, the content
            and optional file attachments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
