from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_voice_consent_request import UpdateVoiceConsentRequest
from ...models.voice_consent_resource import VoiceConsentResource


def _get_kwargs(
    consent_id: str,
    *,
    body: UpdateVoiceConsentRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/voice_consents/{consent_id}".format(
            consent_id=quote(str(consent_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceConsentRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | VoiceConsentResource]:
    """Change a consent recording's label; the audio itself cannot be replaced.

    Args:
        consent_id (str): Which consent recording gets the new label.
        body (UpdateVoiceConsentRequest): New label for an existing consent recording.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VoiceConsentResource]
    """

    kwargs = _get_kwargs(
        consent_id=consent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceConsentRequest | Mapping[str, Any],
) -> ErrorResponse | VoiceConsentResource | None:
    """Change a consent recording's label; the audio itself cannot be replaced.

    Args:
        consent_id (str): Which consent recording gets the new label.
        body (UpdateVoiceConsentRequest): New label for an existing consent recording.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VoiceConsentResource
    """

    return sync_detailed(
        consent_id=consent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceConsentRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | VoiceConsentResource]:
    """Change a consent recording's label; the audio itself cannot be replaced.

    Args:
        consent_id (str): Which consent recording gets the new label.
        body (UpdateVoiceConsentRequest): New label for an existing consent recording.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VoiceConsentResource]
    """

    kwargs = _get_kwargs(
        consent_id=consent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceConsentRequest | Mapping[str, Any],
) -> ErrorResponse | VoiceConsentResource | None:
    """Change a consent recording's label; the audio itself cannot be replaced.

    Args:
        consent_id (str): Which consent recording gets the new label.
        body (UpdateVoiceConsentRequest): New label for an existing consent recording.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VoiceConsentResource
    """

    return (
        await asyncio_detailed(
            consent_id=consent_id,
            client=client,
            body=body,
        )
    ).parsed
