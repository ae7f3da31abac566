from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.assigned_role_details import AssignedRoleDetails
from ...models.error_response import ErrorResponse


def _get_kwargs(
    project_id: str,
    group_id: str,
    role_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/groups/{group_id}/roles/{role_id}".format(
            project_id=quote(str(project_id), safe=""),
            group_id=quote(str(group_id), safe=""),
            role_id=quote(str(role_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssignedRoleDetails | ErrorResponse:
    if response.status_code == 200:
        response_200 = AssignedRoleDetails.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[AssignedRoleDetails | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> _types.Response[AssignedRoleDetails | ErrorResponse]:
    """Fetch one project role held by a group.

    Args:
        project_id (str): ID of the project.
        group_id (str): ID of the group that holds the role.
        role_id (str): ID of the project role to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignedRoleDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        group_id=group_id,
        role_id=role_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> AssignedRoleDetails | ErrorResponse | None:
    """Fetch one project role held by a group.

    Args:
        project_id (str): ID of the project.
        group_id (str): ID of the group that holds the role.
        role_id (str): ID of the project role to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignedRoleDetails | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        group_id=group_id,
        role_id=role_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> _types.Response[AssignedRoleDetails | ErrorResponse]:
    """Fetch one project role held by a group.

    Args:
        project_id (str): ID of the project.
        group_id (str): ID of the group that holds the role.
        role_id (str): ID of the project role to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignedRoleDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        group_id=group_id,
        role_id=role_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> AssignedRoleDetails | ErrorResponse | None:
    """Fetch one project role held by a group.

    Args:
        project_id (str): ID of the project.
        group_id (str): ID of the group that holds the role.
        role_id (str): ID of the project role to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignedRoleDetails | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            group_id=group_id,
            role_id=role_id,
            client=client,
        )
    ).parsed
