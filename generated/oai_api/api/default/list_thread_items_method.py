from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_enum import OrderEnum
from ...models.thread_item_list_resource import ThreadItemListResource
from ...types import UNSET, Unset


def _get_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chatkit/threads/{thread_id}/items".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadItemListResource:
    if response.status_code == 200:
        response_200 = ThreadItemListResource.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ThreadItemListResource]:
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
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ThreadItemListResource]:
    """List the items of a ChatKit thread, newest first by default.

    Args:
        thread_id (str): Thread to list items from, by ID.
        limit (int | Unset): Page size, 0 to 100; default 20.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Cursor item ID; the page starts just after it. Omit on the first
            call.
        before (str | Unset): Cursor item ID; the page ends just before it. Omit to begin at the
            newest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadItemListResource]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ThreadItemListResource | None:
    """List the items of a ChatKit thread, newest first by default.

    Args:
        thread_id (str): Thread to list items from, by ID.
        limit (int | Unset): Page size, 0 to 100; default 20.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Cursor item ID; the page starts just after it. Omit on the first
            call.
        before (str | Unset): Cursor item ID; the page ends just before it. Omit to begin at the
            newest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadItemListResource
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ThreadItemListResource]:
    """List the items of a ChatKit thread, newest first by default.

    Args:
        thread_id (str): Thread to list items from, by ID.
        limit (int | Unset): Page size, 0 to 100; default 20.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Cursor item ID; the page starts just after it. Omit on the first
            call.
        before (str | Unset): Cursor item ID; the page ends just before it. Omit to begin at the
            newest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadItemListResource]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ThreadItemListResource | None:
    """List the items of a ChatKit thread, newest first by default.

    Args:
        thread_id (str): Thread to list items from, by ID.
        limit (int | Unset): Page size, 0 to 100; default 20.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Cursor item ID; the page starts just after it. Omit on the first
            call.
        before (str | Unset): Cursor item ID; the page ends just before it. Omit to begin at the
            newest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadItemListResource
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
        )
    ).parsed
