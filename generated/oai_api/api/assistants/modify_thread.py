from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.modify_thread_request import ModifyThreadRequest
from ...models.thread_object import ThreadObject


def _get_kwargs(
    thread_id: str,
    *,
    body: ModifyThreadRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}".format(
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
) -> ErrorResponse | ThreadObject:
    if response.status_code == 200:
        response_200 = ThreadObject.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ThreadObject]:
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
    body: ModifyThreadRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | ThreadObject]:
    """Update a thread's metadata or tool resources.

    Args:
        thread_id (str): ID of the thread to update; only its `metadata` and tool resources can
            change.
        body (ModifyThreadRequest): Body for updating a thread's tool resources and metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadObject]
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
    body: ModifyThreadRequest | Mapping[str, Any],
) -> ErrorResponse | ThreadObject | None:
    """Update a thread's metadata or tool resources.

    Args:
        thread_id (str): ID of the thread to update; only its `metadata` and tool resources can
            change.
        body (ModifyThreadRequest): Body for updating a thread's tool resources and metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadObject
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
    body: ModifyThreadRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | ThreadObject]:
    """Update a thread's metadata or tool resources.

    Args:
        thread_id (str): ID of the thread to update; only its `metadata` and tool resources can
            change.
        body (ModifyThreadRequest): Body for updating a thread's tool resources and metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadObject]
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
    body: ModifyThreadRequest | Mapping[str, Any],
) -> ErrorResponse | ThreadObject | None:
    """Update a thread's metadata or tool resources.

    Args:
        thread_id (str): ID of the thread to update; only its `metadata` and tool resources can
            change.
        body (ModifyThreadRequest): Body for updating a thread's tool resources and metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
