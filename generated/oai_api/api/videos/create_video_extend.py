from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_video_extend_json_body import CreateVideoExtendJsonBody
from ...models.create_video_extend_multipart_body import CreateVideoExtendMultipartBody
from ...models.error_response import ErrorResponse
from ...models.video_resource import VideoResource
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos/extensions",
    }

    if isinstance(body, CreateVideoExtendMultipartBody):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, CreateVideoExtendJsonBody):
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
) -> ErrorResponse | VideoResource:
    if response.status_code == 200:
        response_200 = VideoResource.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | VideoResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> _types.Response[ErrorResponse | VideoResource]:
    """Deprecated. Start a job that continues a finished video with newly generated footage.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Multipart form for extending a video: the
            source video, a prompt and the extension length.
        body (CreateVideoExtendJsonBody | Unset): JSON body for extending a video: a reference to
            the source video, a prompt and the extension length.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoResource]
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
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> ErrorResponse | VideoResource | None:
    """Deprecated. Start a job that continues a finished video with newly generated footage.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Multipart form for extending a video: the
            source video, a prompt and the extension length.
        body (CreateVideoExtendJsonBody | Unset): JSON body for extending a video: a reference to
            the source video, a prompt and the extension length.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> _types.Response[ErrorResponse | VideoResource]:
    """Deprecated. Start a job that continues a finished video with newly generated footage.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Multipart form for extending a video: the
            source video, a prompt and the extension length.
        body (CreateVideoExtendJsonBody | Unset): JSON body for extending a video: a reference to
            the source video, a prompt and the extension length.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> ErrorResponse | VideoResource | None:
    """Deprecated. Start a job that continues a finished video with newly generated footage.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Multipart form for extending a video: the
            source video, a prompt and the extension length.
        body (CreateVideoExtendJsonBody | Unset): JSON body for extending a video: a reference to
            the source video, a prompt and the extension length.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
