from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_user_role_assignments_order import (
    ListUserRoleAssignmentsOrder,
)
from ...models.role_list_resource import RoleListResource
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListUserRoleAssignmentsOrder | Unset = UNSET,
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
        "url": "/organization/users/{user_id}/roles".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RoleListResource:
    if response.status_code == 200:
        response_200 = RoleListResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | RoleListResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListUserRoleAssignmentsOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | RoleListResource]:
    """List the organization roles a user holds.

    Args:
        user_id (str): ID of the user whose roles are listed.
        limit (int | Unset): Maximum number of role assignments per page, 0 to 1000.
        after (str | Unset): Pagination cursor: pass the `next` value of the previous page.
        order (ListUserRoleAssignmentsOrder | Unset): Sort direction of the results, `asc` or
            `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoleListResource]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListUserRoleAssignmentsOrder | Unset = UNSET,
) -> ErrorResponse | RoleListResource | None:
    """List the organization roles a user holds.

    Args:
        user_id (str): ID of the user whose roles are listed.
        limit (int | Unset): Maximum number of role assignments per page, 0 to 1000.
        after (str | Unset): Pagination cursor: pass the `next` value of the previous page.
        order (ListUserRoleAssignmentsOrder | Unset): Sort direction of the results, `asc` or
            `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoleListResource
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        limit=limit,
        after=after,
        order=order,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListUserRoleAssignmentsOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | RoleListResource]:
    """List the organization roles a user holds.

    Args:
        user_id (str): ID of the user whose roles are listed.
        limit (int | Unset): Maximum number of role assignments per page, 0 to 1000.
        after (str | Unset): Pagination cursor: pass the `next` value of the previous page.
        order (ListUserRoleAssignmentsOrder | Unset): Sort direction of the results, `asc` or
            `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoleListResource]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListUserRoleAssignmentsOrder | Unset = UNSET,
) -> ErrorResponse | RoleListResource | None:
    """List the organization roles a user holds.

    Args:
        user_id (str): ID of the user whose roles are listed.
        limit (int | Unset): Maximum number of role assignments per page, 0 to 1000.
        after (str | Unset): Pagination cursor: pass the `next` value of the previous page.
        order (ListUserRoleAssignmentsOrder | Unset): Sort direction of the results, `asc` or
            `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoleListResource
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            limit=limit,
            after=after,
            order=order,
        )
    ).parsed
