from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_video_remix_body import CreateVideoRemixBody
from ...models.error_response import ErrorResponse
from ...models.video_resource import VideoResource
from ...types import UNSET, Unset


def _get_kwargs(
    video_id: str,
    *,
    body: CreateVideoRemixBody | Unset | Mapping[str, Any] = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos/{video_id}/remix".format(
            video_id=quote(str(video_id), safe=""),
        ),
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
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoRemixBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ErrorResponse | VideoResource]:
    """Deprecated. Start a job that reworks a finished video with a new prompt.

    Args:
        video_id (str): Finished video to use as the starting point.
        body (CreateVideoRemixBody | Unset): Body for remixing a video: the new prompt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoResource]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoRemixBody | Unset | Mapping[str, Any] = UNSET,
) -> ErrorResponse | VideoResource | None:
    """Deprecated. Start a job that reworks a finished video with a new prompt.

    Args:
        video_id (str): Finished video to use as the starting point.
        body (CreateVideoRemixBody | Unset): Body for remixing a video: the new prompt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoResource
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoRemixBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ErrorResponse | VideoResource]:
    """Deprecated. Start a job that reworks a finished video with a new prompt.

    Args:
        video_id (str): Finished video to use as the starting point.
        body (CreateVideoRemixBody | Unset): Body for remixing a video: the new prompt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoResource]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoRemixBody | Unset | Mapping[str, Any] = UNSET,
) -> ErrorResponse | VideoResource | None:
    """Deprecated. Start a job that reworks a finished video with a new prompt.

    Args:
        video_id (str): Finished video to use as the starting point.
        body (CreateVideoRemixBody | Unset): Body for remixing a video: the new prompt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoResource
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
            body=body,
        )
    ).parsed
