from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_voice_consent_request import CreateVoiceConsentRequest
from ...models.error_response import ErrorResponse
from ...models.voice_consent_resource import VoiceConsentResource


def _get_kwargs(
    *,
    body: CreateVoiceConsentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/voice_consents",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VoiceConsentResource:
    if response.status_code == 200:
        response_200 = VoiceConsentResource.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | VoiceConsentResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceConsentRequest,
) -> _types.Response[ErrorResponse | VoiceConsentResource]:
    """Upload a recorded consent statement that authorizes building a custom voice.

    Args:
        body (CreateVoiceConsentRequest): Form fields for uploading a voice consent recording.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VoiceConsentResource]
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
    body: CreateVoiceConsentRequest,
) -> ErrorResponse | VoiceConsentResource | None:
    """Upload a recorded consent statement that authorizes building a custom voice.

    Args:
        body (CreateVoiceConsentRequest): Form fields for uploading a voice consent recording.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VoiceConsentResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceConsentRequest,
) -> _types.Response[ErrorResponse | VoiceConsentResource]:
    """Upload a recorded consent statement that authorizes building a custom voice.

    Args:
        body (CreateVoiceConsentRequest): Form fields for uploading a voice consent recording.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VoiceConsentResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceConsentRequest,
) -> ErrorResponse | VoiceConsentResource | None:
    """Upload a recorded consent statement that authorizes building a custom voice.

    Args:
        body (CreateVoiceConsentRequest): Form fields for uploading a voice consent recording.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VoiceConsentResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
