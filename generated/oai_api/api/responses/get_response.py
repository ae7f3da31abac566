from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.include_enum import IncludeEnum
from ...models.response import Response
from ...types import UNSET, Unset


def _get_kwargs(
    response_id: str,
    *,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params["stream"] = stream

    params["starting_after"] = starting_after

    params["include_obfuscation"] = include_obfuscation

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/responses/{response_id}".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Response:
    if response.status_code == 200:
        response_200 = Response.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | Response]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> _types.Response[ErrorResponse | Response]:
    """Fetch a stored response by ID (optionally replayed as a stream).

    Args:
        response_id (str): ID of the response to fetch.
        include (list[IncludeEnum] | Unset): Extra output data to add to the response.
        stream (bool | Unset): Replay the response as server-sent events.
        starting_after (int | Unset): When replaying a stream, resume after this event sequence
            number.
        include_obfuscation (bool | Unset): Pad delta events with random `obfuscation` text
            (default on); turn off to save bandwidth.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Response]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> ErrorResponse | Response | None:
    """Fetch a stored response by ID (optionally replayed as a stream).

    Args:
        response_id (str): ID of the response to fetch.
        include (list[IncludeEnum] | Unset): Extra output data to add to the response.
        stream (bool | Unset): Replay the response as server-sent events.
        starting_after (int | Unset): When replaying a stream, resume after this event sequence
            number.
        include_obfuscation (bool | Unset): Pad delta events with random `obfuscation` text
            (default on); turn off to save bandwidth.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Response
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> _types.Response[ErrorResponse | Response]:
    """Fetch a stored response by ID (optionally replayed as a stream).

    Args:
        response_id (str): ID of the response to fetch.
        include (list[IncludeEnum] | Unset): Extra output data to add to the response.
        stream (bool | Unset): Replay the response as server-sent events.
        starting_after (int | Unset): When replaying a stream, resume after this event sequence
            number.
        include_obfuscation (bool | Unset): Pad delta events with random `obfuscation` text
            (default on); turn off to save bandwidth.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Response]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> ErrorResponse | Response | None:
    """Fetch a stored response by ID (optionally replayed as a stream).

    Args:
        response_id (str): ID of the response to fetch.
        include (list[IncludeEnum] | Unset): Extra output data to add to the response.
        stream (bool | Unset): Replay the response as server-sent events.
        starting_after (int | Unset): When replaying a stream, resume after this event sequence
            number.
        include_obfuscation (bool | Unset): Pad delta events with random `obfuscation` text
            (default on); turn off to save bandwidth.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Response
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            include=include,
            stream=stream,
            starting_after=starting_after,
            include_obfuscation=include_obfuscation,
        )
    ).parsed
