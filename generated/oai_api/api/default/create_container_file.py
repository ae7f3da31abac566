from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.container_file_resource import ContainerFileResource
from ...models.create_container_file_body import CreateContainerFileBody
from ...models.error_response import ErrorResponse


def _get_kwargs(
    container_id: str,
    *,
    body: CreateContainerFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{container_id}/files".format(
            container_id=quote(str(container_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContainerFileResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = ContainerFileResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ContainerFileResource | ErrorResponse]:
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
    body: CreateContainerFileBody,
) -> _types.Response[ContainerFileResource | ErrorResponse]:
    """Add a file to a container, either by uploading its bytes (multipart) or by passing an existing file
    ID (JSON).

    Args:
        container_id (str): ID of the container that receives the file.
        body (CreateContainerFileBody): Body for adding a file to a container: either the ID of an
            existing file or a new upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerFileResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerFileBody,
) -> ContainerFileResource | ErrorResponse | None:
    """Add a file to a container, either by uploading its bytes (multipart) or by passing an existing file
    ID (JSON).

    Args:
        container_id (str): ID of the container that receives the file.
        body (CreateContainerFileBody): Body for adding a file to a container: either the ID of an
            existing file or a new upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerFileResource | ErrorResponse
    """

    return sync_detailed(
        container_id=container_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerFileBody,
) -> _types.Response[ContainerFileResource | ErrorResponse]:
    """Add a file to a container, either by uploading its bytes (multipart) or by passing an existing file
    ID (JSON).

    Args:
        container_id (str): ID of the container that receives the file.
        body (CreateContainerFileBody): Body for adding a file to a container: either the ID of an
            existing file or a new upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerFileResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerFileBody,
) -> ContainerFileResource | ErrorResponse | None:
    """Add a file to a container, either by uploading its bytes (multipart) or by passing an existing file
    ID (JSON).

    Args:
        container_id (str): ID of the container that receives the file.
        body (CreateContainerFileBody): Body for adding a file to a container: either the ID of an
            existing file or a new upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerFileResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            container_id=container_id,
            client=client,
            body=body,
        )
    ).parsed
