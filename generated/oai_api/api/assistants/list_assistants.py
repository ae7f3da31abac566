from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_assistants_order import (
    ListAssistantsOrder,
)
from ...models.list_assistants_response import ListAssistantsResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assistants",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAssistantsResponse:
    if response.status_code == 200:
        response_200 = ListAssistantsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ListAssistantsResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListAssistantsResponse]:
    """Deprecated: list your assistants, one page at a time, newest first unless `order=asc`.

    Args:
        limit (int | Unset): Page size: how many assistants to return, 1 to 100 (20 if omitted).
        order (ListAssistantsOrder | Unset): Sort by `created_at`: `asc` (oldest first) or `desc`
            (newest first, the default).
        after (str | Unset): Pagination cursor: pass the last ID of the previous page to get the
            items that follow it.
        before (str | Unset): Pagination cursor: pass the first ID of the current page to get the
            items that precede it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListAssistantsResponse | None:
    """Deprecated: list your assistants, one page at a time, newest first unless `order=asc`.

    Args:
        limit (int | Unset): Page size: how many assistants to return, 1 to 100 (20 if omitted).
        order (ListAssistantsOrder | Unset): Sort by `created_at`: `asc` (oldest first) or `desc`
            (newest first, the default).
        after (str | Unset): Pagination cursor: pass the last ID of the previous page to get the
            items that follow it.
        before (str | Unset): Pagination cursor: pass the first ID of the current page to get the
            items that precede it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAssistantsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListAssistantsResponse]:
    """Deprecated: list your assistants, one page at a time, newest first unless `order=asc`.

    Args:
        limit (int | Unset): Page size: how many assistants to return, 1 to 100 (20 if omitted).
        order (ListAssistantsOrder | Unset): Sort by `created_at`: `asc` (oldest first) or `desc`
            (newest first, the default).
        after (str | Unset): Pagination cursor: pass the last ID of the previous page to get the
            items that follow it.
        before (str | Unset): Pagination cursor: pass the first ID of the current page to get the
            items that precede it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListAssistantsResponse | None:
    """Deprecated: list your assistants, one page at a time, newest first unless `order=asc`.

    Args:
        limit (int | Unset): Page size: how many assistants to return, 1 to 100 (20 if omitted).
        order (ListAssistantsOrder | Unset): Sort by `created_at`: `asc` (oldest first) or `desc`
            (newest first, the default).
        after (str | Unset): Pagination cursor: pass the last ID of the previous page to get the
            items that follow it.
        before (str | Unset): Pagination cursor: pass the first ID of the current page to get the
            items that precede it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAssistantsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
        )
    ).parsed
