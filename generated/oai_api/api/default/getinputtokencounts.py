from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.token_counts_body import TokenCountsBody
from ...models.token_counts_resource import TokenCountsResource
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: TokenCountsBody | Unset | Mapping[str, Any] = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses/input_tokens",
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
) -> ErrorResponse | TokenCountsResource:
    if response.status_code == 200:
        response_200 = TokenCountsResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | TokenCountsResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenCountsBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ErrorResponse | TokenCountsResource]:
    """Count the input tokens a Responses request would use, without generating anything.

    Args:
        body (TokenCountsBody | Unset): Request to count the input tokens a Responses call would
            use, without generating anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenCountsResource]
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
    body: TokenCountsBody | Unset | Mapping[str, Any] = UNSET,
) -> ErrorResponse | TokenCountsResource | None:
    """Count the input tokens a Responses request would use, without generating anything.

    Args:
        body (TokenCountsBody | Unset): Request to count the input tokens a Responses call would
            use, without generating anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenCountsResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenCountsBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ErrorResponse | TokenCountsResource]:
    """Count the input tokens a Responses request would use, without generating anything.

    Args:
        body (TokenCountsBody | Unset): Request to count the input tokens a Responses call would
            use, without generating anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenCountsResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenCountsBody | Unset | Mapping[str, Any] = UNSET,
) -> ErrorResponse | TokenCountsResource | None:
    """Count the input tokens a Responses request would use, without generating anything.

    Args:
        body (TokenCountsBody | Unset): Request to count the input tokens a Responses call would
            use, without generating anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenCountsResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
