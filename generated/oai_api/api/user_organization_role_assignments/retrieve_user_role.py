from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.assigned_role_details import AssignedRoleDetails
from ...models.error_response import ErrorResponse


def _get_kwargs(
    user_id: str,
    role_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/users/{user_id}/roles/{role_id}".format(
            user_id=quote(str(user_id), safe=""),
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
    user_id: str,
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> _types.Response[AssignedRoleDetails | ErrorResponse]:
    """Fetch details of one organization-level role a user has.

    Args:
        user_id (str): ID of the user.
        role_id (str): ID of the organization role to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignedRoleDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        role_id=role_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> AssignedRoleDetails | ErrorResponse | None:
    """Fetch details of one organization-level role a user has.

    Args:
        user_id (str): ID of the user.
        role_id (str): ID of the organization role to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignedRoleDetails | ErrorResponse
    """

    return sync_detailed(
        user_id=user_id,
        role_id=role_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> _types.Response[AssignedRoleDetails | ErrorResponse]:
    """Fetch details of one organization-level role a user has.

    Args:
        user_id (str): ID of the user.
        role_id (str): ID of the organization role to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignedRoleDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        role_id=role_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> AssignedRoleDetails | ErrorResponse | None:
    """Fetch details of one organization-level role a user has.

    Args:
        user_id (str): ID of the user.
        role_id (str): ID of the organization role to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignedRoleDetails | ErrorResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            role_id=role_id,
            client=client,
        )
    ).parsed
