from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_vector_stores_order import (
    ListVectorStoresOrder,
)
from ...models.list_vector_stores_response import ListVectorStoresResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListVectorStoresOrder | Unset = UNSET,
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
        "url": "/vector_stores",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListVectorStoresResponse:
    if response.status_code == 200:
        response_200 = ListVectorStoresResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ListVectorStoresResponse]:
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
    order: ListVectorStoresOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListVectorStoresResponse]:
    """List vector stores, newest first unless `order=asc`.

    Args:
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        order (ListVectorStoresOrder | Unset): Sort by `created_at`: `asc` or `desc` (newest
            first, the default).
        after (str | Unset): Pagination cursor: ID of the last object on the previous page;
            results start after it.
        before (str | Unset): Pagination cursor: ID of the first object on the previous page;
            results end before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListVectorStoresResponse]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVectorStoresOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListVectorStoresResponse | None:
    """List vector stores, newest first unless `order=asc`.

    Args:
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        order (ListVectorStoresOrder | Unset): Sort by `created_at`: `asc` or `desc` (newest
            first, the default).
        after (str | Unset): Pagination cursor: ID of the last object on the previous page;
            results start after it.
        before (str | Unset): Pagination cursor: ID of the first object on the previous page;
            results end before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListVectorStoresResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVectorStoresOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListVectorStoresResponse]:
    """List vector stores, newest first unless `order=asc`.

    Args:
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        order (ListVectorStoresOrder | Unset): Sort by `created_at`: `asc` or `desc` (newest
            first, the default).
        after (str | Unset): Pagination cursor: ID of the last object on the previous page;
            results start after it.
        before (str | Unset): Pagination cursor: ID of the first object on the previous page;
            results end before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListVectorStoresResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVectorStoresOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListVectorStoresResponse | None:
    """List vector stores, newest first unless `order=asc`.

    Args:
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        order (ListVectorStoresOrder | Unset): Sort by `created_at`: `asc` or `desc` (newest
            first, the default).
        after (str | Unset): Pagination cursor: ID of the last object on the previous page;
            results start after it.
        before (str | Unset): Pagination cursor: ID of the first object on the previous page;
            results end before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListVectorStoresResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
        )
    ).parsed
