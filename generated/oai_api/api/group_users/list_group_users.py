from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_group_users_order import (
    ListGroupUsersOrder,
)
from ...models.user_list_resource import UserListResource
from ...types import UNSET, Unset


def _get_kwargs(
    group_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupUsersOrder | Unset = UNSET,
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
        "url": "/organization/groups/{group_id}/users".format(
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserListResource:
    if response.status_code == 200:
        response_200 = UserListResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | UserListResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupUsersOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | UserListResource]:
    """List a group's members.

    Args:
        group_id (str): ID of the group whose members are listed.
        limit (int | Unset): Page size: how many users to return, 0 to 1000 (default 100).
        after (str | Unset): Pagination cursor: ID of the last user on the previous page; results
            continue after it.
        order (ListGroupUsersOrder | Unset): Sort direction of the listed users: `desc` (the
            default) or `asc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserListResource]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupUsersOrder | Unset = UNSET,
) -> ErrorResponse | UserListResource | None:
    """List a group's members.

    Args:
        group_id (str): ID of the group whose members are listed.
        limit (int | Unset): Page size: how many users to return, 0 to 1000 (default 100).
        after (str | Unset): Pagination cursor: ID of the last user on the previous page; results
            continue after it.
        order (ListGroupUsersOrder | Unset): Sort direction of the listed users: `desc` (the
            default) or `asc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserListResource
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        limit=limit,
        after=after,
        order=order,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupUsersOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | UserListResource]:
    """List a group's members.

    Args:
        group_id (str): ID of the group whose members are listed.
        limit (int | Unset): Page size: how many users to return, 0 to 1000 (default 100).
        after (str | Unset): Pagination cursor: ID of the last user on the previous page; results
            continue after it.
        order (ListGroupUsersOrder | Unset): Sort direction of the listed users: `desc` (the
            default) or `asc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserListResource]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupUsersOrder | Unset = UNSET,
) -> ErrorResponse | UserListResource | None:
    """List a group's members.

    Args:
        group_id (str): ID of the group whose members are listed.
        limit (int | Unset): Page size: how many users to return, 0 to 1000 (default 100).
        after (str | Unset): Pagination cursor: ID of the last user on the previous page; results
            continue after it.
        order (ListGroupUsersOrder | Unset): Sort direction of the listed users: `desc` (the
            default) or `asc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserListResource
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            limit=limit,
            after=after,
            order=order,
        )
    ).parsed
