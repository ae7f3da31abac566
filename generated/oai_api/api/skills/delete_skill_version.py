from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.deleted_skill_version_resource import DeletedSkillVersionResource
from ...models.error_response import ErrorResponse


def _get_kwargs(
    skill_id: str,
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/skills/{skill_id}/versions/{version}".format(
            skill_id=quote(str(skill_id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedSkillVersionResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeletedSkillVersionResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[DeletedSkillVersionResource | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeletedSkillVersionResource | ErrorResponse]:
    """Delete one version of a skill.

    Args:
        skill_id (str): Skill the version belongs to.
        version (str): Version number to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedSkillVersionResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedSkillVersionResource | ErrorResponse | None:
    """Delete one version of a skill.

    Args:
        skill_id (str): Skill the version belongs to.
        version (str): Version number to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedSkillVersionResource | ErrorResponse
    """

    return sync_detailed(
        skill_id=skill_id,
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeletedSkillVersionResource | ErrorResponse]:
    """Delete one version of a skill.

    Args:
        skill_id (str): Skill the version belongs to.
        version (str): Version number to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedSkillVersionResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedSkillVersionResource | ErrorResponse | None:
    """Delete one version of a skill.

    Args:
        skill_id (str): Skill the version belongs to.
        version (str): Version number to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedSkillVersionResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            version=version,
            client=client,
        )
    ).parsed
