from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.set_default_skill_version_body import SetDefaultSkillVersionBody
from ...models.skill_resource import SkillResource
from ...types import UNSET, Unset


def _get_kwargs(
    skill_id: str,
    *,
    body: SetDefaultSkillVersionBody | Unset | Mapping[str, Any] = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skills/{skill_id}".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SkillResource:
    if response.status_code == 200:
        response_200 = SkillResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | SkillResource]:
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
    body: SetDefaultSkillVersionBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ErrorResponse | SkillResource]:
    """Choose which version of a skill is its default.

    Args:
        skill_id (str): Skill whose default version changes.
        body (SetDefaultSkillVersionBody | Unset): Body naming the version a skill should use by
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillResource]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDefaultSkillVersionBody | Unset | Mapping[str, Any] = UNSET,
) -> ErrorResponse | SkillResource | None:
    """Choose which version of a skill is its default.

    Args:
        skill_id (str): Skill whose default version changes.
        body (SetDefaultSkillVersionBody | Unset): Body naming the version a skill should use by
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillResource
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDefaultSkillVersionBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ErrorResponse | SkillResource]:
    """Choose which version of a skill is its default.

    Args:
        skill_id (str): Skill whose default version changes.
        body (SetDefaultSkillVersionBody | Unset): Body naming the version a skill should use by
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillResource]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDefaultSkillVersionBody | Unset | Mapping[str, Any] = UNSET,
) -> ErrorResponse | SkillResource | None:
    """Choose which version of a skill is its default.

    Args:
        skill_id (str): Skill whose default version changes.
        body (SetDefaultSkillVersionBody | Unset): Body naming the version a skill should use by
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillResource
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            body=body,
        )
    ).parsed
