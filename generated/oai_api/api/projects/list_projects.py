from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_list_response import ProjectListResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["include_archived"] = include_archived

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectListResponse:
    if response.status_code == 200:
        response_200 = ProjectListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ProjectListResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> _types.Response[ErrorResponse | ProjectListResponse]:
    """List the organization's projects; archived ones only on request.

    Args:
        limit (int | Unset): Page size, 1 to 100; defaults to 20.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results resume after it.
        include_archived (bool | Unset): Set `true` to include archived projects too; by default
            they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        include_archived=include_archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> ErrorResponse | ProjectListResponse | None:
    """List the organization's projects; archived ones only on request.

    Args:
        limit (int | Unset): Page size, 1 to 100; defaults to 20.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results resume after it.
        include_archived (bool | Unset): Set `true` to include archived projects too; by default
            they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        include_archived=include_archived,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> _types.Response[ErrorResponse | ProjectListResponse]:
    """List the organization's projects; archived ones only on request.

    Args:
        limit (int | Unset): Page size, 1 to 100; defaults to 20.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results resume after it.
        include_archived (bool | Unset): Set `true` to include archived projects too; by default
            they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        include_archived=include_archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> ErrorResponse | ProjectListResponse | None:
    """List the organization's projects; archived ones only on request.

    Args:
        limit (int | Unset): Page size, 1 to 100; defaults to 20.
        after (str | Unset): Pagination cursor: the ID of the last object on the previous page;
            results resume after it.
        include_archived (bool | Unset): Set `true` to include archived projects too; by default
            they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            include_archived=include_archived,
        )
    ).parsed
