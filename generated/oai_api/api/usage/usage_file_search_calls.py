from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.usage_file_search_calls_bucket_width import (
    UsageFileSearchCallsBucketWidth,
)
from ...models.usage_file_search_calls_group_by_item import (
    UsageFileSearchCallsGroupByItem,
)
from ...models.usage_response import UsageResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageFileSearchCallsBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    vector_store_ids: list[str] | Unset = UNSET,
    group_by: list[UsageFileSearchCallsGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    json_bucket_width: str | Unset = UNSET
    if not isinstance(bucket_width, Unset):
        json_bucket_width = bucket_width

    params["bucket_width"] = json_bucket_width

    json_project_ids: list[str] | Unset = UNSET
    if not isinstance(project_ids, Unset):
        json_project_ids = project_ids

    params["project_ids"] = json_project_ids

    json_user_ids: list[str] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    params["user_ids"] = json_user_ids

    json_api_key_ids: list[str] | Unset = UNSET
    if not isinstance(api_key_ids, Unset):
        json_api_key_ids = api_key_ids

    params["api_key_ids"] = json_api_key_ids

    json_vector_store_ids: list[str] | Unset = UNSET
    if not isinstance(vector_store_ids, Unset):
        json_vector_store_ids = vector_store_ids

    params["vector_store_ids"] = json_vector_store_ids

    json_group_by: list[str] | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = []
        for group_by_item_data in group_by:
            group_by_item: str = group_by_item_data
            json_group_by.append(group_by_item)

    params["group_by"] = json_group_by

    params["limit"] = limit

    params["page"] = page

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/usage/file_search_calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsageResponse:
    if response.status_code == 200:
        response_200 = UsageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | UsageResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageFileSearchCallsBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    vector_store_ids: list[str] | Unset = UNSET,
    group_by: list[UsageFileSearchCallsGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | UsageResponse]:
    """Report the organization's file search usage (tool calls) in time buckets.

    Args:
        start_time (int): Include buckets from this moment on; Unix time in seconds.
        end_time (int | Unset): Exclusive end of the window, Unix time in seconds.
        bucket_width (UsageFileSearchCallsBucketWidth | Unset): Bucket size: `1m`, `1h` or `1d`
            (default).
        project_ids (list[str] | Unset): Limit the report to these projects (IDs).
        user_ids (list[str] | Unset): Limit the report to these users (IDs).
        api_key_ids (list[str] | Unset): Limit the report to requests made with these API keys
            (IDs).
        vector_store_ids (list[str] | Unset): Limit the report to searches of these vector stores
            (IDs).
        group_by (list[UsageFileSearchCallsGroupByItem] | Unset): Split each bucket's results by
            any mix of `project_id`, `user_id`, `api_key_id` and `vector_store_id`.
        limit (int | Unset): Number of buckets; default and maximum depend on `bucket_width`: 7
            and 31 for `1d`, 24 and 168 for `1h`, 60 and 1440 for `1m`.
        page (str | Unset): To continue, set this to `next_page` from the last response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsageResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        bucket_width=bucket_width,
        project_ids=project_ids,
        user_ids=user_ids,
        api_key_ids=api_key_ids,
        vector_store_ids=vector_store_ids,
        group_by=group_by,
        limit=limit,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageFileSearchCallsBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    vector_store_ids: list[str] | Unset = UNSET,
    group_by: list[UsageFileSearchCallsGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> ErrorResponse | UsageResponse | None:
    """Report the organization's file search usage (tool calls) in time buckets.

    Args:
        start_time (int): Include buckets from this moment on; Unix time in seconds.
        end_time (int | Unset): Exclusive end of the window, Unix time in seconds.
        bucket_width (UsageFileSearchCallsBucketWidth | Unset): Bucket size: `1m`, `1h` or `1d`
            (default).
        project_ids (list[str] | Unset): Limit the report to these projects (IDs).
        user_ids (list[str] | Unset): Limit the report to these users (IDs).
        api_key_ids (list[str] | Unset): Limit the report to requests made with these API keys
            (IDs).
        vector_store_ids (list[str] | Unset): Limit the report to searches of these vector stores
            (IDs).
        group_by (list[UsageFileSearchCallsGroupByItem] | Unset): Split each bucket's results by
            any mix of `project_id`, `user_id`, `api_key_id` and `vector_store_id`.
        limit (int | Unset): Number of buckets; default and maximum depend on `bucket_width`: 7
            and 31 for `1d`, 24 and 168 for `1h`, 60 and 1440 for `1m`.
        page (str | Unset): To continue, set this to `next_page` from the last response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsageResponse
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        bucket_width=bucket_width,
        project_ids=project_ids,
        user_ids=user_ids,
        api_key_ids=api_key_ids,
        vector_store_ids=vector_store_ids,
        group_by=group_by,
        limit=limit,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageFileSearchCallsBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    vector_store_ids: list[str] | Unset = UNSET,
    group_by: list[UsageFileSearchCallsGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | UsageResponse]:
    """Report the organization's file search usage (tool calls) in time buckets.

    Args:
        start_time (int): Include buckets from this moment on; Unix time in seconds.
        end_time (int | Unset): Exclusive end of the window, Unix time in seconds.
        bucket_width (UsageFileSearchCallsBucketWidth | Unset): Bucket size: `1m`, `1h` or `1d`
            (default).
        project_ids (list[str] | Unset): Limit the report to these projects (IDs).
        user_ids (list[str] | Unset): Limit the report to these users (IDs).
        api_key_ids (list[str] | Unset): Limit the report to requests made with these API keys
            (IDs).
        vector_store_ids (list[str] | Unset): Limit the report to searches of these vector stores
            (IDs).
        group_by (list[UsageFileSearchCallsGroupByItem] | Unset): Split each bucket's results by
            any mix of `project_id`, `user_id`, `api_key_id` and `vector_store_id`.
        limit (int | Unset): Number of buckets; default and maximum depend on `bucket_width`: 7
            and 31 for `1d`, 24 and 168 for `1h`, 60 and 1440 for `1m`.
        page (str | Unset): To continue, set this to `next_page` from the last response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsageResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        bucket_width=bucket_width,
        project_ids=project_ids,
        user_ids=user_ids,
        api_key_ids=api_key_ids,
        vector_store_ids=vector_store_ids,
        group_by=group_by,
        limit=limit,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageFileSearchCallsBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    vector_store_ids: list[str] | Unset = UNSET,
    group_by: list[UsageFileSearchCallsGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> ErrorResponse | UsageResponse | None:
    """Report the organization's file search usage (tool calls) in time buckets.

    Args:
        start_time (int): Include buckets from this moment on; Unix time in seconds.
        end_time (int | Unset): Exclusive end of the window, Unix time in seconds.
        bucket_width (UsageFileSearchCallsBucketWidth | Unset): Bucket size: `1m`, `1h` or `1d`
            (default).
        project_ids (list[str] | Unset): Limit the report to these projects (IDs).
        user_ids (list[str] | Unset): Limit the report to these users (IDs).
        api_key_ids (list[str] | Unset): Limit the report to requests made with these API keys
            (IDs).
        vector_store_ids (list[str] | Unset): Limit the report to searches of these vector stores
            (IDs).
        group_by (list[UsageFileSearchCallsGroupByItem] | Unset): Split each bucket's results by
            any mix of `project_id`, `user_id`, `api_key_id` and `vector_store_id`.
        limit (int | Unset): Number of buckets; default and maximum depend on `bucket_width`: 7
            and 31 for `1d`, 24 and 168 for `1h`, 60 and 1440 for `1m`.
        page (str | Unset): To continue, set this to `next_page` from the last response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            vector_store_ids=vector_store_ids,
            group_by=group_by,
            limit=limit,
            page=page,
        )
    ).parsed
