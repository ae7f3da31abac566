from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody,
)
from ...models.user_role_assignment import UserRoleAssignment


def _get_kwargs(
    user_id: str,
    *,
    body: PublicAssignOrganizationGroupRoleBody | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/users/{user_id}/roles".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserRoleAssignment:
    if response.status_code == 200:
        response_200 = UserRoleAssignment.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | UserRoleAssignment]:
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
    body: PublicAssignOrganizationGroupRoleBody | Mapping[str, Any],
) -> _types.Response[ErrorResponse | UserRoleAssignment]:
    """Give a user an organization role.

    Args:
        user_id (str): ID of the user who gets the role.
        body (PublicAssignOrganizationGroupRoleBody): Body for granting a role: just the role's
            ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserRoleAssignment]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody | Mapping[str, Any],
) -> ErrorResponse | UserRoleAssignment | None:
    """Give a user an organization role.

    Args:
        user_id (str): ID of the user who gets the role.
        body (PublicAssignOrganizationGroupRoleBody): Body for granting a role: just the role's
            ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserRoleAssignment
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody | Mapping[str, Any],
) -> _types.Response[ErrorResponse | UserRoleAssignment]:
    """Give a user an organization role.

    Args:
        user_id (str): ID of the user who gets the role.
        body (PublicAssignOrganizationGroupRoleBody): Body for granting a role: just the role's
            ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserRoleAssignment]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody | Mapping[str, Any],
) -> ErrorResponse | UserRoleAssignment | None:
    """Give a user an organization role.

    Args:
        user_id (str): ID of the user who gets the role.
        body (PublicAssignOrganizationGroupRoleBody): Body for granting a role: just the role's
            ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserRoleAssignment
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
