from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_file_request import CreateFileRequest
from ...models.error_response import ErrorResponse
from ...models.open_ai_file import OpenAIFile


def _get_kwargs(
    *,
    body: CreateFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OpenAIFile:
    if response.status_code == 200:
        response_200 = OpenAIFile.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | OpenAIFile]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> _types.Response[ErrorResponse | OpenAIFile]:
    """Upload a file (multipart form).

    Args:
        body (CreateFileRequest): Multipart form of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OpenAIFile]
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
    body: CreateFileRequest,
) -> ErrorResponse | OpenAIFile | None:
    """Upload a file (multipart form).

    Args:
        body (CreateFileRequest): Multipart form of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OpenAIFile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> _types.Response[ErrorResponse | OpenAIFile]:
    """Upload a file (multipart form).

    Args:
        body (CreateFileRequest): Multipart form of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OpenAIFile]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> ErrorResponse | OpenAIFile | None:
    """Upload a file (multipart form).

    Args:
        body (CreateFileRequest): Multipart form of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OpenAIFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
