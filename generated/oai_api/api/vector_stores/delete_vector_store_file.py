from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.delete_vector_store_file_response import DeleteVectorStoreFileResponse
from ...models.error_response import ErrorResponse


def _get_kwargs(
    vector_store_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/vector_stores/{vector_store_id}/files/{file_id}".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteVectorStoreFileResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeleteVectorStoreFileResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[DeleteVectorStoreFileResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteVectorStoreFileResponse | ErrorResponse]:
    """Detach a file from a vector store; the file itself stays in Files (delete it there to remove it).

    Args:
        vector_store_id (str): Vector store holding the file.
        file_id (str): File to detach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVectorStoreFileResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteVectorStoreFileResponse | ErrorResponse | None:
    """Detach a file from a vector store; the file itself stays in Files (delete it there to remove it).

    Args:
        vector_store_id (str): Vector store holding the file.
        file_id (str): File to detach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVectorStoreFileResponse | ErrorResponse
    """

    return sync_detailed(
        vector_store_id=vector_store_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteVectorStoreFileResponse | ErrorResponse]:
    """Detach a file from a vector store; the file itself stays in Files (delete it there to remove it).

    Args:
        vector_store_id (str): Vector store holding the file.
        file_id (str): File to detach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVectorStoreFileResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteVectorStoreFileResponse | ErrorResponse | None:
    """Detach a file from a vector store; the file itself stays in Files (delete it there to remove it).

    Args:
        vector_store_id (str): Vector store holding the file.
        file_id (str): File to detach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVectorStoreFileResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
