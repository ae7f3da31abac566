from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.add_upload_part_request import AddUploadPartRequest
from ...models.error_response import ErrorResponse
from ...models.upload_part import UploadPart


def _get_kwargs(
    upload_id: str,
    *,
    body: AddUploadPartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads/{upload_id}/parts".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UploadPart:
    if response.status_code == 200:
        response_200 = UploadPart.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | UploadPart]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddUploadPartRequest,
) -> _types.Response[ErrorResponse | UploadPart]:
    """Add one part (at most 64 MB) to an upload; parts may be sent in parallel.

    Args:
        upload_id (str): ID of the upload to add to.
        body (AddUploadPartRequest): One chunk of the file, sent as multipart form data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadPart]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddUploadPartRequest,
) -> ErrorResponse | UploadPart | None:
    """Add one part (at most 64 MB) to an upload; parts may be sent in parallel.

    Args:
        upload_id (str): ID of the upload to add to.
        body (AddUploadPartRequest): One chunk of the file, sent as multipart form data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadPart
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddUploadPartRequest,
) -> _types.Response[ErrorResponse | UploadPart]:
    """Add one part (at most 64 MB) to an upload; parts may be sent in parallel.

    Args:
        upload_id (str): ID of the upload to add to.
        body (AddUploadPartRequest): One chunk of the file, sent as multipart form data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadPart]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddUploadPartRequest,
) -> ErrorResponse | UploadPart | None:
    """Add one part (at most 64 MB) to an upload; parts may be sent in parallel.

    Args:
        upload_id (str): ID of the upload to add to.
        body (AddUploadPartRequest): One chunk of the file, sent as multipart form data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadPart
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
