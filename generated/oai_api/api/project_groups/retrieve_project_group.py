from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_group import ProjectGroup
from ...models.retrieve_project_group_group_type import (
    RetrieveProjectGroupGroupType,
)
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    group_id: str,
    *,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_type: str | Unset = UNSET
    if not isinstance(group_type, Unset):
        json_group_type = group_type

    params["group_type"] = json_group_type

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/projects/{project_id}/groups/{group_id}".format(
            project_id=quote(str(project_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectGroup:
    if response.status_code == 200:
        response_200 = ProjectGroup.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ProjectGroup]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> _types.Response[ErrorResponse | ProjectGroup]:
    """Get one group's membership in a project.

    Args:
        project_id (str): ID of the project.
        group_id (str): ID of the group to look up.
        group_type (RetrieveProjectGroupGroupType | Unset): Kind of group: `group` (default) or
            `tenant_group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectGroup]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        group_id=group_id,
        group_type=group_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> ErrorResponse | ProjectGroup | None:
    """Get one group's membership in a project.

    Args:
        project_id (str): ID of the project.
        group_id (str): ID of the group to look up.
        group_type (RetrieveProjectGroupGroupType | Unset): Kind of group: `group` (default) or
            `tenant_group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectGroup
    """

    return sync_detailed(
        project_id=project_id,
        group_id=group_id,
        client=client,
        group_type=group_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> _types.Response[ErrorResponse | ProjectGroup]:
    """Get one group's membership in a project.

    Args:
        project_id (str): ID of the project.
        group_id (str): ID of the group to look up.
        group_type (RetrieveProjectGroupGroupType | Unset): Kind of group: `group` (default) or
            `tenant_group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectGroup]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        group_id=group_id,
        group_type=group_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> ErrorResponse | ProjectGroup | None:
    """Get one group's membership in a project.

    Args:
        project_id (str): ID of the project.
        group_id (str): ID of the group to look up.
        group_type (RetrieveProjectGroupGroupType | Unset): Kind of group: `group` (default) or
            `tenant_group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectGroup
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            group_id=group_id,
            client=client,
            group_type=group_type,
        )
    ).parsed
