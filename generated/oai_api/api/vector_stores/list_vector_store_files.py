from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_vector_store_files_filter import (
    ListVectorStoreFilesFilter,
)
from ...models.list_vector_store_files_order import (
    ListVectorStoreFilesOrder,
)
from ...models.list_vector_store_files_response import ListVectorStoreFilesResponse
from ...types import UNSET, Unset


def _get_kwargs(
    vector_store_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListVectorStoreFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vector_stores/{vector_store_id}/files".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListVectorStoreFilesResponse:
    if response.status_code == 200:
        response_200 = ListVectorStoreFilesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ListVectorStoreFilesResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVectorStoreFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListVectorStoreFilesResponse]:
    """List the files attached to a vector store.

    Args:
        vector_store_id (str): Vector store whose files are listed.
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        order (ListVectorStoreFilesOrder | Unset): Sort by `created_at`: `asc` or `desc` (newest
            first, the default).
        after (str | Unset): Pagination cursor: ID of the last object on the previous page;
            results start after it.
        before (str | Unset): Pagination cursor: ID of the first object on the previous page;
            results end before it.
        filter_ (ListVectorStoreFilesFilter | Unset): Status the returned files must have:
            `in_progress`, `completed`, `failed` or `cancelled`; any if omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListVectorStoreFilesResponse]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVectorStoreFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
) -> ErrorResponse | ListVectorStoreFilesResponse | None:
    """List the files attached to a vector store.

    Args:
        vector_store_id (str): Vector store whose files are listed.
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        order (ListVectorStoreFilesOrder | Unset): Sort by `created_at`: `asc` or `desc` (newest
            first, the default).
        after (str | Unset): Pagination cursor: ID of the last object on the previous page;
            results start after it.
        before (str | Unset): Pagination cursor: ID of the first object on the previous page;
            results end before it.
        filter_ (ListVectorStoreFilesFilter | Unset): Status the returned files must have:
            `in_progress`, `completed`, `failed` or `cancelled`; any if omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListVectorStoreFilesResponse
    """

    return sync_detailed(
        vector_store_id=vector_store_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVectorStoreFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListVectorStoreFilesResponse]:
    """List the files attached to a vector store.

    Args:
        vector_store_id (str): Vector store whose files are listed.
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        order (ListVectorStoreFilesOrder | Unset): Sort by `created_at`: `asc` or `desc` (newest
            first, the default).
        after (str | Unset): Pagination cursor: ID of the last object on the previous page;
            results start after it.
        before (str | Unset): Pagination cursor: ID of the first object on the previous page;
            results end before it.
        filter_ (ListVectorStoreFilesFilter | Unset): Status the returned files must have:
            `in_progress`, `completed`, `failed` or `cancelled`; any if omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListVectorStoreFilesResponse]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVectorStoreFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
) -> ErrorResponse | ListVectorStoreFilesResponse | None:
    """List the files attached to a vector store.

    Args:
        vector_store_id (str): Vector store whose files are listed.
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        order (ListVectorStoreFilesOrder | Unset): Sort by `created_at`: `asc` or `desc` (newest
            first, the default).
        after (str | Unset): Pagination cursor: ID of the last object on the previous page;
            results start after it.
        before (str | Unset): Pagination cursor: ID of the first object on the previous page;
            results end before it.
        filter_ (ListVectorStoreFilesFilter | Unset): Status the returned files must have:
            `in_progress`, `completed`, `failed` or `cancelled`; any if omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListVectorStoreFilesResponse
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter_=filter_,
        )
    ).parsed
