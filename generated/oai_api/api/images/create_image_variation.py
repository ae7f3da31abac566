from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_image_variation_request import CreateImageVariationRequest
from ...models.error_response import ErrorResponse
from ...models.images_response import ImagesResponse


def _get_kwargs(
    *,
    body: CreateImageVariationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/variations",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImagesResponse:
    if response.status_code == 200:
        response_200 = ImagesResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ImagesResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageVariationRequest,
) -> _types.Response[ErrorResponse | ImagesResponse]:
    """Make variations of a single image; only `dall-e-2` can do this.

    Args:
        body (CreateImageVariationRequest): Multipart form for creating variations of one image
            with `dall-e-2`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImagesResponse]
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
    body: CreateImageVariationRequest,
) -> ErrorResponse | ImagesResponse | None:
    """Make variations of a single image; only `dall-e-2` can do this.

    Args:
        body (CreateImageVariationRequest): Multipart form for creating variations of one image
            with `dall-e-2`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImagesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageVariationRequest,
) -> _types.Response[ErrorResponse | ImagesResponse]:
    """Make variations of a single image; only `dall-e-2` can do this.

    Args:
        body (CreateImageVariationRequest): Multipart form for creating variations of one image
            with `dall-e-2`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImagesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageVariationRequest,
) -> ErrorResponse | ImagesResponse | None:
    """Make variations of a single image; only `dall-e-2` can do this.

    Args:
        body (CreateImageVariationRequest): Multipart form for creating variations of one image
            with `dall-e-2`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
