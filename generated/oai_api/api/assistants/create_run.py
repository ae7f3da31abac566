from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_run_include_item import (
    CreateRunIncludeItem,
)
from ...models.create_run_request import CreateRunRequest
from ...models.error_response import ErrorResponse
from ...models.run_object import RunObject
from ...types import UNSET, Unset


def _get_kwargs(
    thread_id: str,
    *,
    body: CreateRunRequest | Mapping[str, Any],
    include: list[CreateRunIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
        "method": "post",
        "url": "/threads/{thread_id}/runs".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
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
) -> ErrorResponse | RunObject:
    if response.status_code == 200:
        response_200 = RunObject.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | RunObject]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRunRequest | Mapping[str, Any],
    include: list[CreateRunIncludeItem] | Unset = UNSET,
) -> _types.Response[ErrorResponse | RunObject]:
    """Start a run of an assistant on an existing thread.

    Args:
        thread_id (str): Thread the new run works on.
        include (list[CreateRunIncludeItem] | Unset): Extra fields to add to the response; the
            only value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file
            search result text).
        body (CreateRunRequest): Body for starting a run: which assistant to use, plus optional
            per-run overrides.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRunRequest | Mapping[str, Any],
    include: list[CreateRunIncludeItem] | Unset = UNSET,
) -> ErrorResponse | RunObject | None:
    """Start a run of an assistant on an existing thread.

    Args:
        thread_id (str): Thread the new run works on.
        include (list[CreateRunIncludeItem] | Unset): Extra fields to add to the response; the
            only value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file
            search result text).
        body (CreateRunRequest): Body for starting a run: which assistant to use, plus optional
            per-run overrides.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunObject
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRunRequest | Mapping[str, Any],
    include: list[CreateRunIncludeItem] | Unset = UNSET,
) -> _types.Response[ErrorResponse | RunObject]:
    """Start a run of an assistant on an existing thread.

    Args:
        thread_id (str): Thread the new run works on.
        include (list[CreateRunIncludeItem] | Unset): Extra fields to add to the response; the
            only value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file
            search result text).
        body (CreateRunRequest): Body for starting a run: which assistant to use, plus optional
            per-run overrides.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRunRequest | Mapping[str, Any],
    include: list[CreateRunIncludeItem] | Unset = UNSET,
) -> ErrorResponse | RunObject | None:
    """Start a run of an assistant on an existing thread.

    Args:
        thread_id (str): Thread the new run works on.
        include (list[CreateRunIncludeItem] | Unset): Extra fields to add to the response; the
            only value accepted is `step_details.tool_calls[*].file_search.results[*].content` (file
            search result text).
        body (CreateRunRequest): Body for starting a run: which assistant to use, plus optional
            per-run overrides.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
