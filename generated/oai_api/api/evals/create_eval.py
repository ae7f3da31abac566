from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_eval_request import CreateEvalRequest
from ...models.error_response import ErrorResponse
from ...models.eval_ import Eval


def _get_kwargs(
    *,
    body: CreateEvalRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evals",
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
) -> ErrorResponse | Eval:
    if response.status_code == 201:
        response_201 = Eval.from_dict(response.json())

        return response_201

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | Eval]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | Eval]:
    """Create an eval: a data source config fixing the shape of the test data, plus the graders that score
    each run.

    Args:
        body (CreateEvalRequest): Settings for a new eval: optional name and metadata, the data
            source config, and the graders.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Eval]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRequest | Mapping[str, Any],
) -> ErrorResponse | Eval | None:
    """Create an eval: a data source config fixing the shape of the test data, plus the graders that score
    each run.

    Args:
        body (CreateEvalRequest): Settings for a new eval: optional name and metadata, the data
            source config, and the graders.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Eval
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | Eval]:
    """Create an eval: a data source config fixing the shape of the test data, plus the graders that score
    each run.

    Args:
        body (CreateEvalRequest): Settings for a new eval: optional name and metadata, the data
            source config, and the graders.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Eval]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRequest | Mapping[str, Any],
) -> ErrorResponse | Eval | None:
    """Create an eval: a data source config fixing the shape of the test data, plus the graders that score
    each run.

    Args:
        body (CreateEvalRequest): Settings for a new eval: optional name and metadata, the data
            source config, and the graders.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Eval
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
