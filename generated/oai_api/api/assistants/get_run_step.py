from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_run_step_include_item import (
    GetRunStepIncludeItem,
)
from ...models.run_step_object import RunStepObject
from ...types import UNSET, Unset


def _get_kwargs(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    include: list[GetRunStepIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/threads/{thread_id}/runs/{run_id}/steps/{step_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
            step_id=quote(str(step_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RunStepObject:
    if response.status_code == 200:
        response_200 = RunStepObject.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | RunStepObject]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetRunStepIncludeItem] | Unset = UNSET,
) -> _types.Response[ErrorResponse | RunStepObject]:
    """Fetch one step of a run.

    Args:
        thread_id (str): Thread holding the run.
        run_id (str): Run that produced the step.
        step_id (str): ID of the step to fetch.
        include (list[GetRunStepIncludeItem] | Unset): Extra fields to add to the step; the only
            value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file search
            result text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunStepObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetRunStepIncludeItem] | Unset = UNSET,
) -> ErrorResponse | RunStepObject | None:
    """Fetch one step of a run.

    Args:
        thread_id (str): Thread holding the run.
        run_id (str): Run that produced the step.
        step_id (str): ID of the step to fetch.
        include (list[GetRunStepIncludeItem] | Unset): Extra fields to add to the step; the only
            value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file search
            result text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunStepObject
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetRunStepIncludeItem] | Unset = UNSET,
) -> _types.Response[ErrorResponse | RunStepObject]:
    """Fetch one step of a run.

    Args:
        thread_id (str): Thread holding the run.
        run_id (str): Run that produced the step.
        step_id (str): ID of the step to fetch.
        include (list[GetRunStepIncludeItem] | Unset): Extra fields to add to the step; the only
            value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file search
            result text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunStepObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetRunStepIncludeItem] | Unset = UNSET,
) -> ErrorResponse | RunStepObject | None:
    """Fetch one step of a run.

    Args:
        thread_id (str): Thread holding the run.
        run_id (str): Run that produced the step.
        step_id (str): ID of the step to fetch.
        include (list[GetRunStepIncludeItem] | Unset): Extra fields to add to the step; the only
            value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file search
            result text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunStepObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
            client=client,
            include=include,
        )
    ).parsed
