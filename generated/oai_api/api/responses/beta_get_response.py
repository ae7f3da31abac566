from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.beta_get_response_beta import (
    BetaGetResponseBeta,
)
from ...models.beta_include_enum import BetaIncludeEnum
from ...models.beta_response import BetaResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    response_id: str,
    *,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
    beta: BetaGetResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(openai_beta, Unset):
        headers["openai-beta"] = openai_beta

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params["stream"] = stream

    params["starting_after"] = starting_after

    params["include_obfuscation"] = include_obfuscation

    json_beta: str | Unset = UNSET
    if not isinstance(beta, Unset):
        json_beta = beta

    params["beta"] = json_beta

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/responses/{response_id}".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = BetaResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[BetaResponse | ErrorResponse]:
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
    include: list[BetaIncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
    beta: BetaGetResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> _types.Response[BetaResponse | ErrorResponse]:
    """Get a stored model response by ID (beta); can replay it as a stream.

    Args:
        response_id (str): Identifier (`resp_...`) of the wanted response.
        include (list[BetaIncludeEnum] | Unset): Extra data to add to the returned response; same
            values as `include` when creating one.
        stream (bool | Unset): If true, replay the response as server-sent events.
        starting_after (int | Unset): When streaming, resume after the event with this sequence
            number.
        include_obfuscation (bool | Unset): When streaming, pad delta events with random
            `obfuscation` text (on by default); false saves bandwidth.
        beta (BetaGetResponseBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
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
    include: list[BetaIncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
    beta: BetaGetResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> BetaResponse | ErrorResponse | None:
    """Get a stored model response by ID (beta); can replay it as a stream.

    Args:
        response_id (str): Identifier (`resp_...`) of the wanted response.
        include (list[BetaIncludeEnum] | Unset): Extra data to add to the returned response; same
            values as `include` when creating one.
        stream (bool | Unset): If true, replay the response as server-sent events.
        starting_after (int | Unset): When streaming, resume after the event with this sequence
            number.
        include_obfuscation (bool | Unset): When streaming, pad delta events with random
            `obfuscation` text (on by default); false saves bandwidth.
        beta (BetaGetResponseBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaResponse | ErrorResponse
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
        beta=beta,
        openai_beta=openai_beta,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
    beta: BetaGetResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> _types.Response[BetaResponse | ErrorResponse]:
    """Get a stored model response by ID (beta); can replay it as a stream.

    Args:
        response_id (str): Identifier (`resp_...`) of the wanted response.
        include (list[BetaIncludeEnum] | Unset): Extra data to add to the returned response; same
            values as `include` when creating one.
        stream (bool | Unset): If true, replay the response as server-sent events.
        starting_after (int | Unset): When streaming, resume after the event with this sequence
            number.
        include_obfuscation (bool | Unset): When streaming, pad delta events with random
            `obfuscation` text (on by default); false saves bandwidth.
        beta (BetaGetResponseBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
        beta=beta,
        openai_beta=openai_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
    beta: BetaGetResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> BetaResponse | ErrorResponse | None:
    """Get a stored model response by ID (beta); can replay it as a stream.

    Args:
        response_id (str): Identifier (`resp_...`) of the wanted response.
        include (list[BetaIncludeEnum] | Unset): Extra data to add to the returned response; same
            values as `include` when creating one.
        stream (bool | Unset): If true, replay the response as server-sent events.
        starting_after (int | Unset): When streaming, resume after the event with this sequence
            number.
        include_obfuscation (bool | Unset): When streaming, pad delta events with random
            `obfuscation` text (on by default); false saves bandwidth.
        beta (BetaGetResponseBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            include=include,
            stream=stream,
            starting_after=starting_after,
            include_obfuscation=include_obfuscation,
            beta=beta,
            openai_beta=openai_beta,
        )
    ).parsed
