from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_files_order import ListFilesOrder
from ...models.list_files_response import ListFilesResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    purpose: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["purpose"] = purpose

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListFilesResponse:
    if response.status_code == 200:
        response_200 = ListFilesResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ListFilesResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    purpose: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListFilesResponse]:
    """List uploaded files.

    Args:
        purpose (str | Unset): Keep only files uploaded for this purpose.
        limit (int | Unset): Page size, 1 to 10,000 (10,000 when omitted).
        order (ListFilesOrder | Unset): Sort by creation time: `asc` or `desc` (the default).
        after (str | Unset): Cursor: return files after this file ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFilesResponse]
    """

    kwargs = _get_kwargs(
        purpose=purpose,
        limit=limit,
        order=order,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    purpose: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ErrorResponse | ListFilesResponse | None:
    """List uploaded files.

    Args:
        purpose (str | Unset): Keep only files uploaded for this purpose.
        limit (int | Unset): Page size, 1 to 10,000 (10,000 when omitted).
        order (ListFilesOrder | Unset): Sort by creation time: `asc` or `desc` (the default).
        after (str | Unset): Cursor: return files after this file ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFilesResponse
    """

    return sync_detailed(
        client=client,
        purpose=purpose,
        limit=limit,
        order=order,
        after=after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    purpose: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListFilesResponse]:
    """List uploaded files.

    Args:
        purpose (str | Unset): Keep only files uploaded for this purpose.
        limit (int | Unset): Page size, 1 to 10,000 (10,000 when omitted).
        order (ListFilesOrder | Unset): Sort by creation time: `asc` or `desc` (the default).
        after (str | Unset): Cursor: return files after this file ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFilesResponse]
    """

    kwargs = _get_kwargs(
        purpose=purpose,
        limit=limit,
        order=order,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    purpose: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ErrorResponse | ListFilesResponse | None:
    """List uploaded files.

    Args:
        purpose (str | Unset): Keep only files uploaded for this purpose.
        limit (int | Unset): Page size, 1 to 10,000 (10,000 when omitted).
        order (ListFilesOrder | Unset): Sort by creation time: `asc` or `desc` (the default).
        after (str | Unset): Cursor: return files after this file ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFilesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            purpose=purpose,
            limit=limit,
            order=order,
            after=after,
        )
    ).parsed
