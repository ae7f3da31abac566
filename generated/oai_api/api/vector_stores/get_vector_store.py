from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vector_store_object import VectorStoreObject


def _get_kwargs(
    vector_store_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vector_stores/{vector_store_id}".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VectorStoreObject:
    if response.status_code == 200:
        response_200 = VectorStoreObject.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | VectorStoreObject]:
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
) -> _types.Response[ErrorResponse | VectorStoreObject]:
    """Get a vector store by ID.

    Args:
        vector_store_id (str): Vector store to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VectorStoreObject]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VectorStoreObject | None:
    """Get a vector store by ID.

    Args:
        vector_store_id (str): Vector store to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VectorStoreObject
    """

    return sync_detailed(
        vector_store_id=vector_store_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ErrorResponse | VectorStoreObject]:
    """Get a vector store by ID.

    Args:
        vector_store_id (str): Vector store to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VectorStoreObject]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VectorStoreObject | None:
    """Get a vector store by ID.

    Args:
        vector_store_id (str): Vector store to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VectorStoreObject
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            client=client,
        )
    ).parsed
