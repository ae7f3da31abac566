from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.container_resource import ContainerResource
from ...models.create_container_body import CreateContainerBody
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: CreateContainerBody | Unset | Mapping[str, Any] = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers",
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ContainerResource | ErrorResponse]:
    """Create a container, a sandbox where code runs with its own files.

    Args:
        body (CreateContainerBody | Unset): Body for creating a container.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerResource | ErrorResponse]
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
    body: CreateContainerBody | Unset | Mapping[str, Any] = UNSET,
) -> ContainerResource | ErrorResponse | None:
    """Create a container, a sandbox where code runs with its own files.

    Args:
        body (CreateContainerBody | Unset): Body for creating a container.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerResource | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ContainerResource | ErrorResponse]:
    """Create a container, a sandbox where code runs with its own files.

    Args:
        body (CreateContainerBody | Unset): Body for creating a container.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerBody | Unset | Mapping[str, Any] = UNSET,
) -> ContainerResource | ErrorResponse | None:
    """Create a container, a sandbox where code runs with its own files.

    Args:
        body (CreateContainerBody | Unset): Body for creating a container.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
