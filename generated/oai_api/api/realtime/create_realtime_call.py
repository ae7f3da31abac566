from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.realtime_call_create_request import RealtimeCallCreateRequest
from ...types import File


def _get_kwargs(
    *,
    body: RealtimeCallCreateRequest | File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/calls",
    }

    if isinstance(body, RealtimeCallCreateRequest):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/sdp"

    headers["Accept"] = "*/*"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | str:
    if response.status_code == 201:
        response_201 = response.text
        return response_201

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | str]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest | File,
) -> _types.Response[ErrorResponse | str]:
    """Start a Realtime call over WebRTC by sending an SDP offer; the reply is the SDP answer for the peer
    connection.

    Args:
        body (RealtimeCallCreateRequest): Form for starting a WebRTC Realtime call: your SDP offer
            and, optionally, the session to answer it.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
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
    body: RealtimeCallCreateRequest | File,
) -> ErrorResponse | str | None:
    """Start a Realtime call over WebRTC by sending an SDP offer; the reply is the SDP answer for the peer
    connection.

    Args:
        body (RealtimeCallCreateRequest): Form for starting a WebRTC Realtime call: your SDP offer
            and, optionally, the session to answer it.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest | File,
) -> _types.Response[ErrorResponse | str]:
    """Start a Realtime call over WebRTC by sending an SDP offer; the reply is the SDP answer for the peer
    connection.

    Args:
        body (RealtimeCallCreateRequest): Form for starting a WebRTC Realtime call: your SDP offer
            and, optionally, the session to answer it.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest | File,
) -> ErrorResponse | str | None:
    """Start a Realtime call over WebRTC by sending an SDP offer; the reply is the SDP answer for the peer
    connection.

    Args:
        body (RealtimeCallCreateRequest): Form for starting a WebRTC Realtime call: your SDP offer
            and, optionally, the session to answer it.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
