from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_run_steps_include_item import (
    ListRunStepsIncludeItem,
)
from ...models.list_run_steps_order import ListRunStepsOrder
from ...models.list_run_steps_response import ListRunStepsResponse
from ...types import UNSET, Unset


def _get_kwargs(
    thread_id: str,
    run_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListRunStepsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[ListRunStepsIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include[]"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs/{run_id}/steps".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListRunStepsResponse:
    if response.status_code == 200:
        response_200 = ListRunStepsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ListRunStepsResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListRunStepsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[ListRunStepsIncludeItem] | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListRunStepsResponse]:
    """List the steps of a run, newest first unless `order=asc`.

    Args:
        thread_id (str): Thread holding the run.
        run_id (str): ID of the run whose steps are listed.
        limit (int | Unset): Page size: how many steps to return, 1 to 100 (20 if omitted).
        order (ListRunStepsOrder | Unset): Sort by `created_at`: `asc` (oldest first) or `desc`
            (newest first, the default).
        after (str | Unset): Pagination cursor: pass the last ID of the previous page to get the
            items that follow it.
        before (str | Unset): Pagination cursor: pass the first ID of the current page to get the
            items that precede it.
        include (list[ListRunStepsIncludeItem] | Unset): Extra fields to add to each step; the
            only value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file
            search result text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListRunStepsResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListRunStepsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[ListRunStepsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListRunStepsResponse | None:
    """List the steps of a run, newest first unless `order=asc`.

    Args:
        thread_id (str): Thread holding the run.
        run_id (str): ID of the run whose steps are listed.
        limit (int | Unset): Page size: how many steps to return, 1 to 100 (20 if omitted).
        order (ListRunStepsOrder | Unset): Sort by `created_at`: `asc` (oldest first) or `desc`
            (newest first, the default).
        after (str | Unset): Pagination cursor: pass the last ID of the previous page to get the
            items that follow it.
        before (str | Unset): Pagination cursor: pass the first ID of the current page to get the
            items that precede it.
        include (list[ListRunStepsIncludeItem] | Unset): Extra fields to add to each step; the
            only value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file
            search result text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListRunStepsResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        include=include,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListRunStepsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[ListRunStepsIncludeItem] | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListRunStepsResponse]:
    """List the steps of a run, newest first unless `order=asc`.

    Args:
        thread_id (str): Thread holding the run.
        run_id (str): ID of the run whose steps are listed.
        limit (int | Unset): Page size: how many steps to return, 1 to 100 (20 if omitted).
        order (ListRunStepsOrder | Unset): Sort by `created_at`: `asc` (oldest first) or `desc`
            (newest first, the default).
        after (str | Unset): Pagination cursor: pass the last ID of the previous page to get the
            items that follow it.
        before (str | Unset): Pagination cursor: pass the first ID of the current page to get the
            items that precede it.
        include (list[ListRunStepsIncludeItem] | Unset): Extra fields to add to each step; the
            only value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file
            search result text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListRunStepsResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListRunStepsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[ListRunStepsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListRunStepsResponse | None:
    """List the steps of a run, newest first unless `order=asc`.

    Args:
        thread_id (str): Thread holding the run.
        run_id (str): ID of the run whose steps are listed.
        limit (int | Unset): Page size: how many steps to return, 1 to 100 (20 if omitted).
        order (ListRunStepsOrder | Unset): Sort by `created_at`: `asc` (oldest first) or `desc`
            (newest first, the default).
        after (str | Unset): Pagination cursor: pass the last ID of the previous page to get the
            items that follow it.
        before (str | Unset): Pagination cursor: pass the first ID of the current page to get the
            items that precede it.
        include (list[ListRunStepsIncludeItem] | Unset): Extra fields to add to each step; the
            only value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file
            search result text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListRunStepsResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            include=include,
        )
    ).parsed
