from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.eval_run_output_item_list import EvalRunOutputItemList
from ...models.get_eval_run_output_items_order import (
    GetEvalRunOutputItemsOrder,
)
from ...models.get_eval_run_output_items_status import (
    GetEvalRunOutputItemsStatus,
)
from ...types import UNSET, Unset


def _get_kwargs(
    eval_id: str,
    run_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: GetEvalRunOutputItemsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evals/{eval_id}/runs/{run_id}/output_items".format(
            eval_id=quote(str(eval_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EvalRunOutputItemList:
    if response.status_code == 200:
        response_200 = EvalRunOutputItemList.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | EvalRunOutputItemList]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: GetEvalRunOutputItemsOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | EvalRunOutputItemList]:
    """List the output items (graded samples) produced by an eval run.

    Args:
        eval_id (str): ID of the eval the run belongs to.
        run_id (str): Run whose output items are listed.
        after (str | Unset): Pagination cursor: ID of the last output item seen; the page starts
            after it.
        limit (int | Unset): How many output items to return per page (default 20).
        status (GetEvalRunOutputItemsStatus | Unset): Return only items that passed (`pass`) or
            failed (`fail`) grading.
        order (GetEvalRunOutputItemsOrder | Unset): Order by creation time: `asc` (oldest first,
            the default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EvalRunOutputItemList]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        run_id=run_id,
        after=after,
        limit=limit,
        status=status,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: GetEvalRunOutputItemsOrder | Unset = UNSET,
) -> ErrorResponse | EvalRunOutputItemList | None:
    """List the output items (graded samples) produced by an eval run.

    Args:
        eval_id (str): ID of the eval the run belongs to.
        run_id (str): Run whose output items are listed.
        after (str | Unset): Pagination cursor: ID of the last output item seen; the page starts
            after it.
        limit (int | Unset): How many output items to return per page (default 20).
        status (GetEvalRunOutputItemsStatus | Unset): Return only items that passed (`pass`) or
            failed (`fail`) grading.
        order (GetEvalRunOutputItemsOrder | Unset): Order by creation time: `asc` (oldest first,
            the default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EvalRunOutputItemList
    """

    return sync_detailed(
        eval_id=eval_id,
        run_id=run_id,
        client=client,
        after=after,
        limit=limit,
        status=status,
        order=order,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: GetEvalRunOutputItemsOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | EvalRunOutputItemList]:
    """List the output items (graded samples) produced by an eval run.

    Args:
        eval_id (str): ID of the eval the run belongs to.
        run_id (str): Run whose output items are listed.
        after (str | Unset): Pagination cursor: ID of the last output item seen; the page starts
            after it.
        limit (int | Unset): How many output items to return per page (default 20).
        status (GetEvalRunOutputItemsStatus | Unset): Return only items that passed (`pass`) or
            failed (`fail`) grading.
        order (GetEvalRunOutputItemsOrder | Unset): Order by creation time: `asc` (oldest first,
            the default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EvalRunOutputItemList]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        run_id=run_id,
        after=after,
        limit=limit,
        status=status,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: GetEvalRunOutputItemsOrder | Unset = UNSET,
) -> ErrorResponse | EvalRunOutputItemList | None:
    """List the output items (graded samples) produced by an eval run.

    Args:
        eval_id (str): ID of the eval the run belongs to.
        run_id (str): Run whose output items are listed.
        after (str | Unset): Pagination cursor: ID of the last output item seen; the page starts
            after it.
        limit (int | Unset): How many output items to return per page (default 20).
        status (GetEvalRunOutputItemsStatus | Unset): Return only items that passed (`pass`) or
            failed (`fail`) grading.
        order (GetEvalRunOutputItemsOrder | Unset): Order by creation time: `asc` (oldest first,
            the default) or `desc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EvalRunOutputItemList
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            run_id=run_id,
            client=client,
            after=after,
            limit=limit,
            status=status,
            order=order,
        )
    ).parsed
