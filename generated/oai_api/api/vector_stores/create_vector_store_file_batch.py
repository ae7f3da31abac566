from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vector_store_file_batch_object import VectorStoreFileBatchObject


def _get_kwargs(
    vector_store_id: str,
    *,
    body: Any | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vector_stores/{vector_store_id}/file_batches".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VectorStoreFileBatchObject:
    if response.status_code == 200:
        response_200 = VectorStoreFileBatchObject.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | VectorStoreFileBatchObject]:
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
    body: Any | Mapping[str, Any],
) -> _types.Response[ErrorResponse | VectorStoreFileBatchObject]:
    """Add many files to a vector store in one batch.

    Args:
        vector_store_id (str): Vector store that receives the files.
        body (Any): Body for a file batch: give `file_ids` (shared settings) or `files` (per-file
            settings), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VectorStoreFileBatchObject]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any | Mapping[str, Any],
) -> ErrorResponse | VectorStoreFileBatchObject | None:
    """Add many files to a vector store in one batch.

    Args:
        vector_store_id (str): Vector store that receives the files.
        body (Any): Body for a file batch: give `file_ids` (shared settings) or `files` (per-file
            settings), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VectorStoreFileBatchObject
    """

    return sync_detailed(
        vector_store_id=vector_store_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any | Mapping[str, Any],
) -> _types.Response[ErrorResponse | VectorStoreFileBatchObject]:
    """Add many files to a vector store in one batch.

    Args:
        vector_store_id (str): Vector store that receives the files.
        body (Any): Body for a file batch: give `file_ids` (shared settings) or `files` (per-file
            settings), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VectorStoreFileBatchObject]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any | Mapping[str, Any],
) -> ErrorResponse | VectorStoreFileBatchObject | None:
    """Add many files to a vector store in one batch.

    Args:
        vector_store_id (str): Vector store that receives the files.
        body (Any): Body for a file batch: give `file_ids` (shared settings) or `files` (per-file
            settings), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VectorStoreFileBatchObject
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            client=client,
            body=body,
        )
    ).parsed
