from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ..._model import member, one_of
from ...client import AuthenticatedClient, Client
from ...models.create_transcription_request import CreateTranscriptionRequest
from ...models.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from ...models.create_transcription_response_json import CreateTranscriptionResponseJson
from ...models.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)
from ...models.error_response import ErrorResponse


def _get_kwargs(
    *,
    body: CreateTranscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/transcriptions",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | ErrorResponse
):
    if response.status_code == 200:
        response_200 = one_of(
            member(
                "create_transcription_response_json", "CreateTranscriptionResponseJson"
            ),
            member(
                "create_transcription_response_diarized_json",
                "CreateTranscriptionResponseDiarizedJson",
            ),
            member(
                "create_transcription_response_verbose_json",
                "CreateTranscriptionResponseVerboseJson",
            ),
        )(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | ErrorResponse
]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranscriptionRequest,
) -> _types.Response[
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | ErrorResponse
]:
    """Transcribe an audio file (optionally streamed).

    Args:
        body (CreateTranscriptionRequest): Multipart form of a transcription request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson | ErrorResponse]
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
    body: CreateTranscriptionRequest,
) -> (
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | ErrorResponse
    | None
):
    """Transcribe an audio file (optionally streamed).

    Args:
        body (CreateTranscriptionRequest): Multipart form of a transcription request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranscriptionRequest,
) -> _types.Response[
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | ErrorResponse
]:
    """Transcribe an audio file (optionally streamed).

    Args:
        body (CreateTranscriptionRequest): Multipart form of a transcription request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranscriptionRequest,
) -> (
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | ErrorResponse
    | None
):
    """Transcribe an audio file (optionally streamed).

    Args:
        body (CreateTranscriptionRequest): Multipart form of a transcription request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
