from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.admin_api_keys_list_order import (
    AdminApiKeysListOrder,
)
from ...models.api_key_list import ApiKeyList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["limit"] = limit

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/admin_api_keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyList | ErrorResponse:
    if response.status_code == 200:
        response_200 = ApiKeyList.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ApiKeyList | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> _types.Response[ApiKeyList | ErrorResponse]:
    """List the organization's admin API keys, page by page.

    Args:
        after (None | str | Unset): Pagination cursor: only keys whose ID comes after this one are
            returned.
        order (AdminApiKeysListOrder | Unset): Order by creation time, `asc` (default) or `desc`.
        limit (int | Unset): Maximum number of keys per page; default 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        after=after,
        order=order,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ApiKeyList | ErrorResponse | None:
    """List the organization's admin API keys, page by page.

    Args:
        after (None | str | Unset): Pagination cursor: only keys whose ID comes after this one are
            returned.
        order (AdminApiKeysListOrder | Unset): Order by creation time, `asc` (default) or `desc`.
        limit (int | Unset): Maximum number of keys per page; default 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        after=after,
        order=order,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> _types.Response[ApiKeyList | ErrorResponse]:
    """List the organization's admin API keys, page by page.

    Args:
        after (None | str | Unset): Pagination cursor: only keys whose ID comes after this one are
            returned.
        order (AdminApiKeysListOrder | Unset): Order by creation time, `asc` (default) or `desc`.
        limit (int | Unset): Maximum number of keys per page; default 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        after=after,
        order=order,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ApiKeyList | ErrorResponse | None:
    """List the organization's admin API keys, page by page.

    Args:
        after (None | str | Unset): Pagination cursor: only keys whose ID comes after this one are
            returned.
        order (AdminApiKeysListOrder | Unset): Order by creation time, `asc` (default) or `desc`.
        limit (int | Unset): Maximum number of keys per page; default 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            order=order,
            limit=limit,
        )
    ).parsed
