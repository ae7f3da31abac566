from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_enum import OrderEnum
from ...models.thread_list_resource import ThreadListResource
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params["user"] = user

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chatkit/threads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadListResource:
    if response.status_code == 200:
        response_200 = ThreadListResource.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ThreadListResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ThreadListResource]:
    """List ChatKit threads, optionally only those of one user.

    Args:
        limit (int | Unset): Page size, 0 to 100; default 20.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Cursor thread ID; the page starts just after it. Omit on the first
            call.
        before (str | Unset): Cursor thread ID; the page ends just before it. Omit to begin at the
            newest.
        user (str | Unset): Return only threads of this user identifier (1 to 512 characters);
            leave out for all users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> ErrorResponse | ThreadListResource | None:
    """List ChatKit threads, optionally only those of one user.

    Args:
        limit (int | Unset): Page size, 0 to 100; default 20.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Cursor thread ID; the page starts just after it. Omit on the first
            call.
        before (str | Unset): Cursor thread ID; the page ends just before it. Omit to begin at the
            newest.
        user (str | Unset): Return only threads of this user identifier (1 to 512 characters);
            leave out for all users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadListResource
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        user=user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ThreadListResource]:
    """List ChatKit threads, optionally only those of one user.

    Args:
        limit (int | Unset): Page size, 0 to 100; default 20.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Cursor thread ID; the page starts just after it. Omit on the first
            call.
        before (str | Unset): Cursor thread ID; the page ends just before it. Omit to begin at the
            newest.
        user (str | Unset): Return only threads of this user identifier (1 to 512 characters);
            leave out for all users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> ErrorResponse | ThreadListResource | None:
    """List ChatKit threads, optionally only those of one user.

    Args:
        limit (int | Unset): Page size, 0 to 100; default 20.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Cursor thread ID; the page starts just after it. Omit on the first
            call.
        before (str | Unset): Cursor thread ID; the page ends just before it. Omit to begin at the
            newest.
        user (str | Unset): Return only threads of this user identifier (1 to 512 characters);
            leave out for all users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadListResource
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            user=user,
        )
    ).parsed
