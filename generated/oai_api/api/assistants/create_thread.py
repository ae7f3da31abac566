from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_thread_request import CreateThreadRequest
from ...models.error_response import ErrorResponse
from ...models.thread_object import ThreadObject
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: CreateThreadRequest | Unset | Mapping[str, Any] = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads",
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        if not isinstance(body, Unset):
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ErrorResponse | ThreadObject]:
    """Create a thread, optionally seeded with messages and tool resources.

    Args:
        body (CreateThreadRequest | Unset): Body for a new thread: starting messages, tool
            resources and metadata; all optional, so an empty thread is fine.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadObject]
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
    body: CreateThreadRequest | Unset | Mapping[str, Any] = UNSET,
) -> ErrorResponse | ThreadObject | None:
    """Create a thread, optionally seeded with messages and tool resources.

    Args:
        body (CreateThreadRequest | Unset): Body for a new thread: starting messages, tool
            resources and metadata; all optional, so an empty thread is fine.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ErrorResponse | ThreadObject]:
    """Create a thread, optionally seeded with messages and tool resources.

    Args:
        body (CreateThreadRequest | Unset): Body for a new thread: starting messages, tool
            resources and metadata; all optional, so an empty thread is fine.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest | Unset | Mapping[str, Any] = UNSET,
) -> ErrorResponse | ThreadObject | None:
    """Create a thread, optionally seeded with messages and tool resources.

    Args:
        body (CreateThreadRequest | Unset): Body for a new thread: starting messages, tool
            resources and metadata; all optional, so an empty thread is fine.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
