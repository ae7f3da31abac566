from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_rate_limit_list_response import ProjectRateLimitListResponse
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/projects/{project_id}/rate_limits".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectRateLimitListResponse:
    if response.status_code == 200:
        response_200 = ProjectRateLimitListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ProjectRateLimitListResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ProjectRateLimitListResponse]:
    """List a project's per-model rate limits.

    Args:
        project_id (str): ID of the project (`proj_...`).
        limit (int | Unset): Page size; defaults to 100.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results resume after it.
        before (str | Unset): Pagination cursor: the ID of the first object on the current page;
            returns the page before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectRateLimitListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ProjectRateLimitListResponse | None:
    """List a project's per-model rate limits.

    Args:
        project_id (str): ID of the project (`proj_...`).
        limit (int | Unset): Page size; defaults to 100.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results resume after it.
        before (str | Unset): Pagination cursor: the ID of the first object on the current page;
            returns the page before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectRateLimitListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ProjectRateLimitListResponse]:
    """List a project's per-model rate limits.

    Args:
        project_id (str): ID of the project (`proj_...`).
        limit (int | Unset): Page size; defaults to 100.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results resume after it.
        before (str | Unset): Pagination cursor: the ID of the first object on the current page;
            returns the page before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectRateLimitListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ProjectRateLimitListResponse | None:
    """List a project's per-model rate limits.

    Args:
        project_id (str): ID of the project (`proj_...`).
        limit (int | Unset): Page size; defaults to 100.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results resume after it.
        before (str | Unset): Pagination cursor: the ID of the first object on the current page;
            returns the page before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectRateLimitListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
