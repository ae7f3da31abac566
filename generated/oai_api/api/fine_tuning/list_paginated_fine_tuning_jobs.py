from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_paginated_fine_tuning_jobs_metadata_type_0 import (
    ListPaginatedFineTuningJobsMetadataType0,
)
from ...models.list_paginated_fine_tuning_jobs_response import (
    ListPaginatedFineTuningJobsResponse,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadataType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_metadata: dict[str, Any] | None | Unset
    if isinstance(metadata, Unset):
        json_metadata = UNSET
    elif isinstance(metadata, ListPaginatedFineTuningJobsMetadataType0):
        json_metadata = metadata.to_dict()
    else:
        json_metadata = metadata
    params["metadata"] = json_metadata

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fine_tuning/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListPaginatedFineTuningJobsResponse:
    if response.status_code == 200:
        response_200 = ListPaginatedFineTuningJobsResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadataType0 | None | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]:
    """List the organization's fine-tuning jobs, with cursor paging and optional metadata filtering.

    Args:
        after (str | Unset): Cursor for paging: the job ID the previous page ended with.
        limit (int | Unset): How many jobs to return per page; 20 when omitted.
        metadata (ListPaginatedFineTuningJobsMetadataType0 | None | Unset): Filter jobs by
            metadata using `metadata[key]=value`; `metadata=null` matches jobs that have none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        metadata=metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadataType0 | None | Unset = UNSET,
) -> ErrorResponse | ListPaginatedFineTuningJobsResponse | None:
    """List the organization's fine-tuning jobs, with cursor paging and optional metadata filtering.

    Args:
        after (str | Unset): Cursor for paging: the job ID the previous page ended with.
        limit (int | Unset): How many jobs to return per page; 20 when omitted.
        metadata (ListPaginatedFineTuningJobsMetadataType0 | None | Unset): Filter jobs by
            metadata using `metadata[key]=value`; `metadata=null` matches jobs that have none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListPaginatedFineTuningJobsResponse
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        metadata=metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadataType0 | None | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]:
    """List the organization's fine-tuning jobs, with cursor paging and optional metadata filtering.

    Args:
        after (str | Unset): Cursor for paging: the job ID the previous page ended with.
        limit (int | Unset): How many jobs to return per page; 20 when omitted.
        metadata (ListPaginatedFineTuningJobsMetadataType0 | None | Unset): Filter jobs by
            metadata using `metadata[key]=value`; `metadata=null` matches jobs that have none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListPaginatedFineTuningJobsResponse]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        metadata=metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadataType0 | None | Unset = UNSET,
) -> ErrorResponse | ListPaginatedFineTuningJobsResponse | None:
    """List the organization's fine-tuning jobs, with cursor paging and optional metadata filtering.

    Args:
        after (str | Unset): Cursor for paging: the job ID the previous page ended with.
        limit (int | Unset): How many jobs to return per page; 20 when omitted.
        metadata (ListPaginatedFineTuningJobsMetadataType0 | None | Unset): Filter jobs by
            metadata using `metadata[key]=value`; `metadata=null` matches jobs that have none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListPaginatedFineTuningJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            metadata=metadata,
        )
    ).parsed
