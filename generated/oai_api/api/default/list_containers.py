from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.container_list_resource import ContainerListResource
from ...models.error_response import ErrorResponse
from ...models.list_containers_order import (
    ListContainersOrder,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListContainersOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["name"] = name

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContainerListResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = ContainerListResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ContainerListResource | ErrorResponse]:
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
    order: ListContainersOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> _types.Response[ContainerListResource | ErrorResponse]:
    """List your containers, newest first by default, optionally filtered by name.

    Args:
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (ListContainersOrder | Unset): Order by creation time: `desc` (default, newest
            first) or `asc`.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results continue after it.
        name (str | Unset): Return only containers with this name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerListResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListContainersOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ContainerListResource | ErrorResponse | None:
    """List your containers, newest first by default, optionally filtered by name.

    Args:
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (ListContainersOrder | Unset): Order by creation time: `desc` (default, newest
            first) or `asc`.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results continue after it.
        name (str | Unset): Return only containers with this name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerListResource | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListContainersOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> _types.Response[ContainerListResource | ErrorResponse]:
    """List your containers, newest first by default, optionally filtered by name.

    Args:
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (ListContainersOrder | Unset): Order by creation time: `desc` (default, newest
            first) or `asc`.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results continue after it.
        name (str | Unset): Return only containers with this name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerListResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListContainersOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ContainerListResource | ErrorResponse | None:
    """List your containers, newest first by default, optionally filtered by name.

    Args:
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (ListContainersOrder | Unset): Order by creation time: `desc` (default, newest
            first) or `asc`.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results continue after it.
        name (str | Unset): Return only containers with this name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerListResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            name=name,
        )
    ).parsed
