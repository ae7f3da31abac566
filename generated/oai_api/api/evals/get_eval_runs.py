from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.eval_run_list import EvalRunList
from ...models.get_eval_runs_order import GetEvalRunsOrder
from ...models.get_eval_runs_status import GetEvalRunsStatus
from ...types import UNSET, Unset


def _get_kwargs(
    eval_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetEvalRunsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evals/{eval_id}/runs".format(
            eval_id=quote(str(eval_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EvalRunList:
    if response.status_code == 200:
        response_200 = EvalRunList.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | EvalRunList]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetEvalRunsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> _types.Response[ErrorResponse | EvalRunList]:
    """List the runs of an eval, oldest first by default.

    Args:
        eval_id (str): ID of the eval whose runs are listed.
        after (str | Unset): Pagination cursor: ID of the last run seen; the page starts after it.
        limit (int | Unset): How many runs to return per page (default 20).
        order (GetEvalRunsOrder | Unset): Order by creation time: `asc` (oldest first, the
            default) or `desc`.
        status (GetEvalRunsStatus | Unset): Return only runs in this state: `queued`,
            `in_progress`, `completed`, `canceled` or `failed`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EvalRunList]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        after=after,
        limit=limit,
        order=order,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetEvalRunsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> ErrorResponse | EvalRunList | None:
    """List the runs of an eval, oldest first by default.

    Args:
        eval_id (str): ID of the eval whose runs are listed.
        after (str | Unset): Pagination cursor: ID of the last run seen; the page starts after it.
        limit (int | Unset): How many runs to return per page (default 20).
        order (GetEvalRunsOrder | Unset): Order by creation time: `asc` (oldest first, the
            default) or `desc`.
        status (GetEvalRunsStatus | Unset): Return only runs in this state: `queued`,
            `in_progress`, `completed`, `canceled` or `failed`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EvalRunList
    """

    return sync_detailed(
        eval_id=eval_id,
        client=client,
        after=after,
        limit=limit,
        order=order,
        status=status,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetEvalRunsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> _types.Response[ErrorResponse | EvalRunList]:
    """List the runs of an eval, oldest first by default.

    Args:
        eval_id (str): ID of the eval whose runs are listed.
        after (str | Unset): Pagination cursor: ID of the last run seen; the page starts after it.
        limit (int | Unset): How many runs to return per page (default 20).
        order (GetEvalRunsOrder | Unset): Order by creation time: `asc` (oldest first, the
            default) or `desc`.
        status (GetEvalRunsStatus | Unset): Return only runs in this state: `queued`,
            `in_progress`, `completed`, `canceled` or `failed`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EvalRunList]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        after=after,
        limit=limit,
        order=order,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetEvalRunsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> ErrorResponse | EvalRunList | None:
    """List the runs of an eval, oldest first by default.

    Args:
        eval_id (str): ID of the eval whose runs are listed.
        after (str | Unset): Pagination cursor: ID of the last run seen; the page starts after it.
        limit (int | Unset): How many runs to return per page (default 20).
        order (GetEvalRunsOrder | Unset): Order by creation time: `asc` (oldest first, the
            default) or `desc`.
        status (GetEvalRunsStatus | Unset): Return only runs in this state: `queued`,
            `in_progress`, `completed`, `canceled` or `failed`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EvalRunList
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            client=client,
            after=after,
            limit=limit,
            order=order,
            status=status,
        )
    ).parsed
