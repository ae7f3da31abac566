from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.container_resource import ContainerResource
from ...models.error_response import ErrorResponse


def _get_kwargs(
    container_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/{container_id}".format(
            container_id=quote(str(container_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContainerResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = ContainerResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ContainerResource | ErrorResponse]:
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
) -> _types.Response[ContainerResource | ErrorResponse]:
    """Get a container by ID.

    Args:
        container_id (str): ID of the container to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContainerResource | ErrorResponse | None:
    """Get a container by ID.

    Args:
        container_id (str): ID of the container to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerResource | ErrorResponse
    """

    return sync_detailed(
        container_id=container_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ContainerResource | ErrorResponse]:
    """Get a container by ID.

    Args:
        container_id (str): ID of the container to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContainerResource | ErrorResponse | None:
    """Get a container by ID.

    Args:
        container_id (str): ID of the container to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            container_id=container_id,
            client=client,
        )
    ).parsed
