from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.video_content_variant import (
    VideoContentVariant,
)
from ...types import UNSET, File, Unset


def _get_kwargs(
    video_id: str,
    *,
    variant: VideoContentVariant | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_variant: str | Unset = UNSET
    if not isinstance(variant, Unset):
        json_variant = variant

    params["variant"] = json_variant

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/{video_id}/content".format(
            video_id=quote(str(video_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "*/*"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | File]:
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
    variant: VideoContentVariant | Unset = UNSET,
) -> _types.Response[ErrorResponse | File]:
    """Deprecated. Download a video's rendered MP4, or its thumbnail or spritesheet.

    Args:
        video_id (str): Video whose file is downloaded.
        variant (VideoContentVariant | Unset): Downloadable asset of a video: `video` (MP4),
            `thumbnail` or `spritesheet`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        variant=variant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: VideoContentVariant | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Deprecated. Download a video's rendered MP4, or its thumbnail or spritesheet.

    Args:
        video_id (str): Video whose file is downloaded.
        variant (VideoContentVariant | Unset): Downloadable asset of a video: `video` (MP4),
            `thumbnail` or `spritesheet`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
        variant=variant,
    ).parsed


async def asyncio_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: VideoContentVariant | Unset = UNSET,
) -> _types.Response[ErrorResponse | File]:
    """Deprecated. Download a video's rendered MP4, or its thumbnail or spritesheet.

    Args:
        video_id (str): Video whose file is downloaded.
        variant (VideoContentVariant | Unset): Downloadable asset of a video: `video` (MP4),
            `thumbnail` or `spritesheet`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        variant=variant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: VideoContentVariant | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Deprecated. Download a video's rendered MP4, or its thumbnail or spritesheet.

    Args:
        video_id (str): Video whose file is downloaded.
        variant (VideoContentVariant | Unset): Downloadable asset of a video: `video` (MP4),
            `thumbnail` or `spritesheet`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
            variant=variant,
        )
    ).parsed
