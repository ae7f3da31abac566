from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_enum import OrderEnum
from ...models.skill_version_list_resource import SkillVersionListResource
from ...types import UNSET, Unset


def _get_kwargs(
    skill_id: str,
    *,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skills/{skill_id}/versions".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SkillVersionListResource:
    if response.status_code == 200:
        response_200 = SkillVersionListResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | SkillVersionListResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | SkillVersionListResource]:
    """List the versions of a skill, ordered by version number.

    Args:
        skill_id (str): Skill whose versions are listed.
        limit (int | Unset): Most versions to return, 0 to 100.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Pagination cursor: ID of the last version from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillVersionListResource]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        limit=limit,
        order=order,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ErrorResponse | SkillVersionListResource | None:
    """List the versions of a skill, ordered by version number.

    Args:
        skill_id (str): Skill whose versions are listed.
        limit (int | Unset): Most versions to return, 0 to 100.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Pagination cursor: ID of the last version from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillVersionListResource
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | SkillVersionListResource]:
    """List the versions of a skill, ordered by version number.

    Args:
        skill_id (str): Skill whose versions are listed.
        limit (int | Unset): Most versions to return, 0 to 100.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Pagination cursor: ID of the last version from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillVersionListResource]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        limit=limit,
        order=order,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ErrorResponse | SkillVersionListResource | None:
    """List the versions of a skill, ordered by version number.

    Args:
        skill_id (str): Skill whose versions are listed.
        limit (int | Unset): Most versions to return, 0 to 100.
        order (OrderEnum | Unset): Sort direction: `asc` (oldest first) or `desc` (newest first).
        after (str | Unset): Pagination cursor: ID of the last version from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillVersionListResource
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
        )
    ).parsed
