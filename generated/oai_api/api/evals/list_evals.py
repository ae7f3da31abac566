from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.eval_list import EvalList
from ...models.list_evals_order import ListEvalsOrder
from ...models.list_evals_order_by import ListEvalsOrderBy
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListEvalsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EvalList:
    if response.status_code == 200:
        response_200 = EvalList.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | EvalList]:
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
    order: ListEvalsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> _types.Response[ErrorResponse | EvalList]:
    """List the project's evals, oldest first by default.

    Args:
        after (str | Unset): Pagination cursor: ID of the last eval seen; the page starts after
            it.
        limit (int | Unset): How many evals to return per page (default 20).
        order (ListEvalsOrder | Unset): Sort direction by timestamp: `asc` (the default) or
            `desc`.
        order_by (ListEvalsOrderBy | Unset): Which timestamp to sort on: `created_at` (the
            default) or `updated_at`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EvalList]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        order=order,
        order_by=order_by,
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
    order: ListEvalsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> ErrorResponse | EvalList | None:
    """List the project's evals, oldest first by default.

    Args:
        after (str | Unset): Pagination cursor: ID of the last eval seen; the page starts after
            it.
        limit (int | Unset): How many evals to return per page (default 20).
        order (ListEvalsOrder | Unset): Sort direction by timestamp: `asc` (the default) or
            `desc`.
        order_by (ListEvalsOrderBy | Unset): Which timestamp to sort on: `created_at` (the
            default) or `updated_at`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EvalList
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        order=order,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListEvalsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> _types.Response[ErrorResponse | EvalList]:
    """List the project's evals, oldest first by default.

    Args:
        after (str | Unset): Pagination cursor: ID of the last eval seen; the page starts after
            it.
        limit (int | Unset): How many evals to return per page (default 20).
        order (ListEvalsOrder | Unset): Sort direction by timestamp: `asc` (the default) or
            `desc`.
        order_by (ListEvalsOrderBy | Unset): Which timestamp to sort on: `created_at` (the
            default) or `updated_at`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EvalList]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        order=order,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListEvalsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> ErrorResponse | EvalList | None:
    """List the project's evals, oldest first by default.

    Args:
        after (str | Unset): Pagination cursor: ID of the last eval seen; the page starts after
            it.
        limit (int | Unset): How many evals to return per page (default 20).
        order (ListEvalsOrder | Unset): Sort direction by timestamp: `asc` (the default) or
            `desc`.
        order_by (ListEvalsOrderBy | Unset): Which timestamp to sort on: `created_at` (the
            default) or `updated_at`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EvalList
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            order=order,
            order_by=order_by,
        )
    ).parsed
