from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.group_list_resource import GroupListResource
from ...models.list_groups_order import ListGroupsOrder
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GroupListResource:
    if response.status_code == 200:
        response_200 = GroupListResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | GroupListResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupsOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | GroupListResource]:
    """List the organization's groups.

    Args:
        limit (int | Unset): Page size, 0 to 1000; 100 if omitted.
        after (str | Unset): Pagination cursor: the ID of the last group seen, e.g. `group_abc`;
            the page starts after it.
        order (ListGroupsOrder | Unset): Sort order of groups: `asc` (default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupsOrder | Unset = UNSET,
) -> ErrorResponse | GroupListResource | None:
    """List the organization's groups.

    Args:
        limit (int | Unset): Page size, 0 to 1000; 100 if omitted.
        after (str | Unset): Pagination cursor: the ID of the last group seen, e.g. `group_abc`;
            the page starts after it.
        order (ListGroupsOrder | Unset): Sort order of groups: `asc` (default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupListResource
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupsOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | GroupListResource]:
    """List the organization's groups.

    Args:
        limit (int | Unset): Page size, 0 to 1000; 100 if omitted.
        after (str | Unset): Pagination cursor: the ID of the last group seen, e.g. `group_abc`;
            the page starts after it.
        order (ListGroupsOrder | Unset): Sort order of groups: `asc` (default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupsOrder | Unset = UNSET,
) -> ErrorResponse | GroupListResource | None:
    """List the organization's groups.

    Args:
        limit (int | Unset): Page size, 0 to 1000; 100 if omitted.
        after (str | Unset): Pagination cursor: the ID of the last group seen, e.g. `group_abc`;
            the page starts after it.
        order (ListGroupsOrder | Unset): Sort order of groups: `asc` (default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupListResource
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            order=order,
        )
    ).parsed
