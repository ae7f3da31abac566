from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_rate_limit import ProjectRateLimit
from ...models.project_rate_limit_update_request import ProjectRateLimitUpdateRequest


def _get_kwargs(
    project_id: str,
    rate_limit_id: str,
    *,
    body: ProjectRateLimitUpdateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/projects/{project_id}/rate_limits/{rate_limit_id}".format(
            project_id=quote(str(project_id), safe=""),
            rate_limit_id=quote(str(rate_limit_id), safe=""),
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
) -> ErrorResponse | ProjectRateLimit:
    if response.status_code == 200:
        response_200 = ProjectRateLimit.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(_types.error_json(response))

        return response_400

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ProjectRateLimit]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    rate_limit_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectRateLimitUpdateRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | ProjectRateLimit]:
    """Change one of a project's per-model rate limits.

    Args:
        project_id (str): ID of the project (`proj_...`).
        rate_limit_id (str): ID of the rate limit entry to change.
        body (ProjectRateLimitUpdateRequest): New values for a project's model rate limits;
            omitted fields stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectRateLimit]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        rate_limit_id=rate_limit_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    rate_limit_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectRateLimitUpdateRequest | Mapping[str, Any],
) -> ErrorResponse | ProjectRateLimit | None:
    """Change one of a project's per-model rate limits.

    Args:
        project_id (str): ID of the project (`proj_...`).
        rate_limit_id (str): ID of the rate limit entry to change.
        body (ProjectRateLimitUpdateRequest): New values for a project's model rate limits;
            omitted fields stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectRateLimit
    """

    return sync_detailed(
        project_id=project_id,
        rate_limit_id=rate_limit_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    rate_limit_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectRateLimitUpdateRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | ProjectRateLimit]:
    """Change one of a project's per-model rate limits.

    Args:
        project_id (str): ID of the project (`proj_...`).
        rate_limit_id (str): ID of the rate limit entry to change.
        body (ProjectRateLimitUpdateRequest): New values for a project's model rate limits;
            omitted fields stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectRateLimit]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        rate_limit_id=rate_limit_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    rate_limit_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectRateLimitUpdateRequest | Mapping[str, Any],
) -> ErrorResponse | ProjectRateLimit | None:
    """Change one of a project's per-model rate limits.

    Args:
        project_id (str): ID of the project (`proj_...`).
        rate_limit_id (str): ID of the rate limit entry to change.
        body (ProjectRateLimitUpdateRequest): New values for a project's model rate limits;
            omitted fields stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectRateLimit
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            rate_limit_id=rate_limit_id,
            client=client,
            body=body,
        )
    ).parsed
