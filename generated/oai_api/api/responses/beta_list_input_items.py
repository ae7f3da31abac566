from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.beta_include_enum import BetaIncludeEnum
from ...models.beta_list_input_items_beta import (
    BetaListInputItemsBeta,
)
from ...models.beta_list_input_items_order import (
    BetaListInputItemsOrder,
)
from ...models.beta_response_item_list import BetaResponseItemList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    response_id: str,
    *,
    limit: int | Unset = UNSET,
    order: BetaListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    beta: BetaListInputItemsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(openai_beta, Unset):
        headers["openai-beta"] = openai_beta

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    json_beta: str | Unset = UNSET
    if not isinstance(beta, Unset):
        json_beta = beta

    params["beta"] = json_beta

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/responses/{response_id}/input_items".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaResponseItemList | ErrorResponse:
    if response.status_code == 200:
        response_200 = BetaResponseItemList.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[BetaResponseItemList | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: BetaListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    beta: BetaListInputItemsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> _types.Response[BetaResponseItemList | ErrorResponse]:
    """List the input items of a response (beta), newest first unless `order=asc`.

    Args:
        response_id (str): Identifier of the response whose inputs you want.
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (BetaListInputItemsOrder | Unset): Sort order: `asc` or `desc` (default).
        after (str | Unset): Cursor: return items that come after this item ID.
        include (list[BetaIncludeEnum] | Unset): Extra data to add to each item; same values as
            `include` when creating a response.
        beta (BetaListInputItemsBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaResponseItemList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        limit=limit,
        order=order,
        after=after,
        include=include,
        beta=beta,
        openai_beta=openai_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: BetaListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    beta: BetaListInputItemsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> BetaResponseItemList | ErrorResponse | None:
    """List the input items of a response (beta), newest first unless `order=asc`.

    Args:
        response_id (str): Identifier of the response whose inputs you want.
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (BetaListInputItemsOrder | Unset): Sort order: `asc` or `desc` (default).
        after (str | Unset): Cursor: return items that come after this item ID.
        include (list[BetaIncludeEnum] | Unset): Extra data to add to each item; same values as
            `include` when creating a response.
        beta (BetaListInputItemsBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaResponseItemList | ErrorResponse
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        include=include,
        beta=beta,
        openai_beta=openai_beta,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: BetaListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    beta: BetaListInputItemsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> _types.Response[BetaResponseItemList | ErrorResponse]:
    """List the input items of a response (beta), newest first unless `order=asc`.

    Args:
        response_id (str): Identifier of the response whose inputs you want.
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (BetaListInputItemsOrder | Unset): Sort order: `asc` or `desc` (default).
        after (str | Unset): Cursor: return items that come after this item ID.
        include (list[BetaIncludeEnum] | Unset): Extra data to add to each item; same values as
            `include` when creating a response.
        beta (BetaListInputItemsBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaResponseItemList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        limit=limit,
        order=order,
        after=after,
        include=include,
        beta=beta,
        openai_beta=openai_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: BetaListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    beta: BetaListInputItemsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> BetaResponseItemList | ErrorResponse | None:
    """List the input items of a response (beta), newest first unless `order=asc`.

    Args:
        response_id (str): Identifier of the response whose inputs you want.
        limit (int | Unset): Page size, 1 to 100; default 20.
        order (BetaListInputItemsOrder | Unset): Sort order: `asc` or `desc` (default).
        after (str | Unset): Cursor: return items that come after this item ID.
        include (list[BetaIncludeEnum] | Unset): Extra data to add to each item; same values as
            `include` when creating a response.
        beta (BetaListInputItemsBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaResponseItemList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            include=include,
            beta=beta,
            openai_beta=openai_beta,
        )
    ).parsed
