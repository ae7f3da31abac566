from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_thread_and_run_request import CreateThreadAndRunRequest
from ...models.error_response import ErrorResponse
from ...models.run_object import RunObject


def _get_kwargs(
    *,
    body: CreateThreadAndRunRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/runs",
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
) -> ErrorResponse | RunObject:
    if response.status_code == 200:
        response_200 = RunObject.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | RunObject]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | RunObject]:
    """Start a run on a brand-new thread, creating both in one call.

    Args:
        body (CreateThreadAndRunRequest): Body for creating a thread and running an assistant on
            it in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunObject]
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
    body: CreateThreadAndRunRequest | Mapping[str, Any],
) -> ErrorResponse | RunObject | None:
    """Start a run on a brand-new thread, creating both in one call.

    Args:
        body (CreateThreadAndRunRequest): Body for creating a thread and running an assistant on
            it in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | RunObject]:
    """Start a run on a brand-new thread, creating both in one call.

    Args:
        body (CreateThreadAndRunRequest): Body for creating a thread and running an assistant on
            it in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest | Mapping[str, Any],
) -> ErrorResponse | RunObject | None:
    """Start a run on a brand-new thread, creating both in one call.

    Args:
        body (CreateThreadAndRunRequest): Body for creating a thread and running an assistant on
            it in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
