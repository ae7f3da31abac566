from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA


def _get_kwargs(
    call_id: str,
    *,
    body: RealtimeSessionCreateRequestGA | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/calls/{call_id}/accept".format(
            call_id=quote(str(call_id), safe=""),
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
) -> Any | ErrorResponse:
    if response.status_code == 200:
        response_200 = _types.undeclared_body(response)
        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[Any | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequestGA | Mapping[str, Any],
) -> _types.Response[Any | ErrorResponse]:
    """For a SIP call announced by webhook, start the Realtime session that talks to the caller.

    Args:
        call_id (str): Call ID delivered by the `realtime.call.incoming` webhook.
        body (RealtimeSessionCreateRequestGA): Settings for a new Realtime (speech-to-speech)
            session: model, instructions, audio, tools, reasoning and limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequestGA | Mapping[str, Any],
) -> Any | ErrorResponse | None:
    """For a SIP call announced by webhook, start the Realtime session that talks to the caller.

    Args:
        call_id (str): Call ID delivered by the `realtime.call.incoming` webhook.
        body (RealtimeSessionCreateRequestGA): Settings for a new Realtime (speech-to-speech)
            session: model, instructions, audio, tools, reasoning and limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequestGA | Mapping[str, Any],
) -> _types.Response[Any | ErrorResponse]:
    """For a SIP call announced by webhook, start the Realtime session that talks to the caller.

    Args:
        call_id (str): Call ID delivered by the `realtime.call.incoming` webhook.
        body (RealtimeSessionCreateRequestGA): Settings for a new Realtime (speech-to-speech)
            session: model, instructions, audio, tools, reasoning and limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequestGA | Mapping[str, Any],
) -> Any | ErrorResponse | None:
    """For a SIP call announced by webhook, start the Realtime session that talks to the caller.

    Args:
        call_id (str): Call ID delivered by the `realtime.call.incoming` webhook.
        body (RealtimeSessionCreateRequestGA): Settings for a new Realtime (speech-to-speech)
            session: model, instructions, audio, tools, reasoning and limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
        )
    ).parsed
