from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.include_enum import IncludeEnum
from ...models.list_input_items_order import (
    ListInputItemsOrder,
)
from ...models.response_item_list import ResponseItemList
from ...types import UNSET, Unset


def _get_kwargs(
    response_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListInputItemsOrder | Unset = UNSET,
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
        "url": "/responses/{response_id}/input_items".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResponseItemList:
    if response.status_code == 200:
        response_200 = ResponseItemList.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ResponseItemList]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> _types.Response[ErrorResponse | ResponseItemList]:
    """List the input items a response was created from.

    Args:
        response_id (str): ID of the response whose input to list.
        limit (int | Unset): Page size, 1 to 100 (20 when omitted).
        order (ListInputItemsOrder | Unset): Sort direction: `asc` oldest first, `desc` (the
            default) newest first.
        after (str | Unset): Cursor: return items after this item ID.
        include (list[IncludeEnum] | Unset): Extra output data to add to each item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseItemList]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
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
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ErrorResponse | ResponseItemList | None:
    """List the input items a response was created from.

    Args:
        response_id (str): ID of the response whose input to list.
        limit (int | Unset): Page size, 1 to 100 (20 when omitted).
        order (ListInputItemsOrder | Unset): Sort direction: `asc` oldest first, `desc` (the
            default) newest first.
        after (str | Unset): Cursor: return items after this item ID.
        include (list[IncludeEnum] | Unset): Extra output data to add to each item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseItemList
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        include=include,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> _types.Response[ErrorResponse | ResponseItemList]:
    """List the input items a response was created from.

    Args:
        response_id (str): ID of the response whose input to list.
        limit (int | Unset): Page size, 1 to 100 (20 when omitted).
        order (ListInputItemsOrder | Unset): Sort direction: `asc` oldest first, `desc` (the
            default) newest first.
        after (str | Unset): Cursor: return items after this item ID.
        include (list[IncludeEnum] | Unset): Extra output data to add to each item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseItemList]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        limit=limit,
        order=order,
        after=after,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ErrorResponse | ResponseItemList | None:
    """List the input items a response was created from.

    Args:
        response_id (str): ID of the response whose input to list.
        limit (int | Unset): Page size, 1 to 100 (20 when omitted).
        order (ListInputItemsOrder | Unset): Sort direction: `asc` oldest first, `desc` (the
            default) newest first.
        after (str | Unset): Cursor: return items after this item ID.
        include (list[IncludeEnum] | Unset): Extra output data to add to each item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseItemList
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            include=include,
        )
    ).parsed
