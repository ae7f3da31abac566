from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.container_file_list_resource import ContainerFileListResource
from ...models.error_response import ErrorResponse
from ...models.list_container_files_order import (
    ListContainerFilesOrder,
)
from ...types import UNSET, Unset


def _get_kwargs(
    container_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListContainerFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/{container_id}/files".format(
            container_id=quote(str(container_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContainerFileListResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = ContainerFileListResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ContainerFileListResource | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListContainerFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> _types.Response[ContainerFileListResource | ErrorResponse]:
    """List the files in a container, newest first by default.

    Args:
        container_id (str): ID of the container whose files are listed.
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (ListContainerFilesOrder | Unset): Order by creation time: `desc` (default, newest
            first) or `asc`.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results continue after it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerFileListResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
        limit=limit,
        order=order,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListContainerFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ContainerFileListResource | ErrorResponse | None:
    """List the files in a container, newest first by default.

    Args:
        container_id (str): ID of the container whose files are listed.
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (ListContainerFilesOrder | Unset): Order by creation time: `desc` (default, newest
            first) or `asc`.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results continue after it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerFileListResource | ErrorResponse
    """

    return sync_detailed(
        container_id=container_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
    ).parsed


async def asyncio_detailed(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListContainerFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> _types.Response[ContainerFileListResource | ErrorResponse]:
    """List the files in a container, newest first by default.

    Args:
        container_id (str): ID of the container whose files are listed.
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (ListContainerFilesOrder | Unset): Order by creation time: `desc` (default, newest
            first) or `asc`.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results continue after it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerFileListResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
        limit=limit,
        order=order,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListContainerFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ContainerFileListResource | ErrorResponse | None:
    """List the files in a container, newest first by default.

    Args:
        container_id (str): ID of the container whose files are listed.
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (ListContainerFilesOrder | Unset): Order by creation time: `desc` (default, newest
            first) or `asc`.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results continue after it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerFileListResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            container_id=container_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
        )
    ).parsed
