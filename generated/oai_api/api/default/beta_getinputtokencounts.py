from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.beta_getinputtokencounts_beta import (
    BetaGetinputtokencountsBeta,
)
from ...models.beta_token_counts_body import BetaTokenCountsBody
from ...models.beta_token_counts_resource import BetaTokenCountsResource
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: BetaTokenCountsBody | Unset | Mapping[str, Any] = UNSET,
    beta: BetaGetinputtokencountsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(openai_beta, Unset):
        headers["openai-beta"] = openai_beta

    params: dict[str, Any] = {}

    json_beta: str | Unset = UNSET
    if not isinstance(beta, Unset):
        json_beta = beta

    params["beta"] = json_beta

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses/input_tokens",
        "params": params,
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaTokenCountsResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = BetaTokenCountsResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[BetaTokenCountsResource | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BetaTokenCountsBody | Unset | Mapping[str, Any] = UNSET,
    beta: BetaGetinputtokencountsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> _types.Response[BetaTokenCountsResource | ErrorResponse]:
    """Beta variant: count the input tokens a Responses request would use, without generating anything.

    Args:
        beta (BetaGetinputtokencountsBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1
        body (BetaTokenCountsBody | Unset): Beta request to count the input tokens a Responses
            call would use, without generating anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaTokenCountsResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        beta=beta,
        openai_beta=openai_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BetaTokenCountsBody | Unset | Mapping[str, Any] = UNSET,
    beta: BetaGetinputtokencountsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> BetaTokenCountsResource | ErrorResponse | None:
    """Beta variant: count the input tokens a Responses request would use, without generating anything.

    Args:
        beta (BetaGetinputtokencountsBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1
        body (BetaTokenCountsBody | Unset): Beta request to count the input tokens a Responses
            call would use, without generating anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaTokenCountsResource | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        beta=beta,
        openai_beta=openai_beta,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BetaTokenCountsBody | Unset | Mapping[str, Any] = UNSET,
    beta: BetaGetinputtokencountsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> _types.Response[BetaTokenCountsResource | ErrorResponse]:
    """Beta variant: count the input tokens a Responses request would use, without generating anything.

    Args:
        beta (BetaGetinputtokencountsBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1
        body (BetaTokenCountsBody | Unset): Beta request to count the input tokens a Responses
            call would use, without generating anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaTokenCountsResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        beta=beta,
        openai_beta=openai_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BetaTokenCountsBody | Unset | Mapping[str, Any] = UNSET,
    beta: BetaGetinputtokencountsBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> BetaTokenCountsResource | ErrorResponse | None:
    """Beta variant: count the input tokens a Responses request would use, without generating anything.

    Args:
        beta (BetaGetinputtokencountsBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1
        body (BetaTokenCountsBody | Unset): Beta request to count the input tokens a Responses
            call would use, without generating anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaTokenCountsResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            beta=beta,
            openai_beta=openai_beta,
        )
    ).parsed
