from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_skill_body import CreateSkillBody
from ...models.error_response import ErrorResponse
from ...models.skill_resource import SkillResource
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: CreateSkillBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skills",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillBody | Unset = UNSET,
) -> _types.Response[ErrorResponse | SkillResource]:
    """Create a skill from uploaded files or a zip bundle.

    Args:
        body (CreateSkillBody | Unset): Body for creating a skill; send one zip archive or every
            file of a folder as multipart `files[]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillBody | Unset = UNSET,
) -> ErrorResponse | SkillResource | None:
    """Create a skill from uploaded files or a zip bundle.

    Args:
        body (CreateSkillBody | Unset): Body for creating a skill; send one zip archive or every
            file of a folder as multipart `files[]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillBody | Unset = UNSET,
) -> _types.Response[ErrorResponse | SkillResource]:
    """Create a skill from uploaded files or a zip bundle.

    Args:
        body (CreateSkillBody | Unset): Body for creating a skill; send one zip archive or every
            file of a folder as multipart `files[]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillBody | Unset = UNSET,
) -> ErrorResponse | SkillResource | None:
    """Create a skill from uploaded files or a zip bundle.

    Args:
        body (CreateSkillBody | Unset): Body for creating a skill; send one zip archive or every
            file of a folder as multipart `files[]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
