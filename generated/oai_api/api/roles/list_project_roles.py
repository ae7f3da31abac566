from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_project_roles_order import (
    ListProjectRolesOrder,
)
from ...models.public_role_list_resource import PublicRoleListResource
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListProjectRolesOrder | Unset = UNSET,
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
        "url": "/projects/{project_id}/roles".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PublicRoleListResource:
    if response.status_code == 200:
        response_200 = PublicRoleListResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | PublicRoleListResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListProjectRolesOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | PublicRoleListResource]:
    """List a project's roles.

    Args:
        project_id (str): ID of the project (`proj_...`).
        limit (int | Unset): Most roles to return, 0 to 1000; defaults to 1000.
        after (str | Unset): Pagination cursor: pass the `next` value of the previous page.
        order (ListProjectRolesOrder | Unset): Sort direction: `asc` (default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PublicRoleListResource]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListProjectRolesOrder | Unset = UNSET,
) -> ErrorResponse | PublicRoleListResource | None:
    """List a project's roles.

    Args:
        project_id (str): ID of the project (`proj_...`).
        limit (int | Unset): Most roles to return, 0 to 1000; defaults to 1000.
        after (str | Unset): Pagination cursor: pass the `next` value of the previous page.
        order (ListProjectRolesOrder | Unset): Sort direction: `asc` (default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PublicRoleListResource
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        limit=limit,
        after=after,
        order=order,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListProjectRolesOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | PublicRoleListResource]:
    """List a project's roles.

    Args:
        project_id (str): ID of the project (`proj_...`).
        limit (int | Unset): Most roles to return, 0 to 1000; defaults to 1000.
        after (str | Unset): Pagination cursor: pass the `next` value of the previous page.
        order (ListProjectRolesOrder | Unset): Sort direction: `asc` (default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PublicRoleListResource]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListProjectRolesOrder | Unset = UNSET,
) -> ErrorResponse | PublicRoleListResource | None:
    """List a project's roles.

    Args:
        project_id (str): ID of the project (`proj_...`).
        limit (int | Unset): Most roles to return, 0 to 1000; defaults to 1000.
        after (str | Unset): Pagination cursor: pass the `next` value of the previous page.
        order (ListProjectRolesOrder | Unset): Sort direction: `asc` (default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PublicRoleListResource
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            after=after,
            order=order,
        )
    ).parsed
