from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_skill_version_body import CreateSkillVersionBody
from ...models.error_response import ErrorResponse
from ...models.skill_version_resource import SkillVersionResource
from ...types import UNSET, Unset


def _get_kwargs(
    skill_id: str,
    *,
    body: CreateSkillVersionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skills/{skill_id}/versions".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SkillVersionResource:
    if response.status_code == 200:
        response_200 = SkillVersionResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | SkillVersionResource]:
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
    body: CreateSkillVersionBody | Unset = UNSET,
) -> _types.Response[ErrorResponse | SkillVersionResource]:
    """Upload a new version of a skill; versions cannot be changed afterwards.

    Args:
        skill_id (str): Skill to add the version to.
        body (CreateSkillVersionBody | Unset): Body for a skill version upload; once stored, a
            version cannot be edited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillVersionResource]
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
    body: CreateSkillVersionBody | Unset = UNSET,
) -> ErrorResponse | SkillVersionResource | None:
    """Upload a new version of a skill; versions cannot be changed afterwards.

    Args:
        skill_id (str): Skill to add the version to.
        body (CreateSkillVersionBody | Unset): Body for a skill version upload; once stored, a
            version cannot be edited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillVersionResource
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
    body: CreateSkillVersionBody | Unset = UNSET,
) -> _types.Response[ErrorResponse | SkillVersionResource]:
    """Upload a new version of a skill; versions cannot be changed afterwards.

    Args:
        skill_id (str): Skill to add the version to.
        body (CreateSkillVersionBody | Unset): Body for a skill version upload; once stored, a
            version cannot be edited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillVersionResource]
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
    body: CreateSkillVersionBody | Unset = UNSET,
) -> ErrorResponse | SkillVersionResource | None:
    """Upload a new version of a skill; versions cannot be changed afterwards.

    Args:
        skill_id (str): Skill to add the version to.
        body (CreateSkillVersionBody | Unset): Body for a skill version upload; once stored, a
            version cannot be edited.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillVersionResource
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            body=body,
        )
    ).parsed
