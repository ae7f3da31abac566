from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_group_user_body import CreateGroupUserBody
from ...models.error_response import ErrorResponse
from ...models.group_user_assignment import GroupUserAssignment


def _get_kwargs(
    group_id: str,
    *,
    body: CreateGroupUserBody | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/groups/{group_id}/users".format(
            group_id=quote(str(group_id), safe=""),
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
) -> ErrorResponse | GroupUserAssignment:
    if response.status_code == 200:
        response_200 = GroupUserAssignment.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | GroupUserAssignment]:
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
    body: CreateGroupUserBody | Mapping[str, Any],
) -> _types.Response[ErrorResponse | GroupUserAssignment]:
    """Make an organization user a member of a group.

    Args:
        group_id (str): Group that gains the member.
        body (CreateGroupUserBody): Body of an add-member request: the user's ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupUserAssignment]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateGroupUserBody | Mapping[str, Any],
) -> ErrorResponse | GroupUserAssignment | None:
    """Make an organization user a member of a group.

    Args:
        group_id (str): Group that gains the member.
        body (CreateGroupUserBody): Body of an add-member request: the user's ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupUserAssignment
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateGroupUserBody | Mapping[str, Any],
) -> _types.Response[ErrorResponse | GroupUserAssignment]:
    """Make an organization user a member of a group.

    Args:
        group_id (str): Group that gains the member.
        body (CreateGroupUserBody): Body of an add-member request: the user's ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupUserAssignment]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateGroupUserBody | Mapping[str, Any],
) -> ErrorResponse | GroupUserAssignment | None:
    """Make an organization user a member of a group.

    Args:
        group_id (str): Group that gains the member.
        body (CreateGroupUserBody): Body of an add-member request: the user's ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupUserAssignment
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
