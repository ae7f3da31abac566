from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_eval_run_request import CreateEvalRunRequest
from ...models.error import Error
from ...models.error_response import ErrorResponse
from ...models.eval_run import EvalRun


def _get_kwargs(
    eval_id: str,
    *,
    body: CreateEvalRunRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evals/{eval_id}/runs".format(
            eval_id=quote(str(eval_id), safe=""),
        ),
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
) -> Error | ErrorResponse | EvalRun:
    if response.status_code == 201:
        response_201 = EvalRun.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[Error | ErrorResponse | EvalRun]:
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
    body: CreateEvalRunRequest | Mapping[str, Any],
) -> _types.Response[Error | ErrorResponse | EvalRun]:
    """Start a run of an eval with a given data source and model setup; the data is checked against the
    eval's schema.

    Args:
        eval_id (str): ID of the eval to run.
        body (CreateEvalRunRequest): Settings for a new run of an eval: an optional name and
            metadata, and the data source to test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorResponse | EvalRun]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRunRequest | Mapping[str, Any],
) -> Error | ErrorResponse | EvalRun | None:
    """Start a run of an eval with a given data source and model setup; the data is checked against the
    eval's schema.

    Args:
        eval_id (str): ID of the eval to run.
        body (CreateEvalRunRequest): Settings for a new run of an eval: an optional name and
            metadata, and the data source to test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ErrorResponse | EvalRun
    """

    return sync_detailed(
        eval_id=eval_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRunRequest | Mapping[str, Any],
) -> _types.Response[Error | ErrorResponse | EvalRun]:
    """Start a run of an eval with a given data source and model setup; the data is checked against the
    eval's schema.

    Args:
        eval_id (str): ID of the eval to run.
        body (CreateEvalRunRequest): Settings for a new run of an eval: an optional name and
            metadata, and the data source to test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorResponse | EvalRun]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRunRequest | Mapping[str, Any],
) -> Error | ErrorResponse | EvalRun | None:
    """Start a run of an eval with a given data source and model setup; the data is checked against the
    eval's schema.

    Args:
        eval_id (str): ID of the eval to run.
        body (CreateEvalRunRequest): Settings for a new run of an eval: an optional name and
            metadata, and the data source to test.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ErrorResponse | EvalRun
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            client=client,
            body=body,
        )
    ).parsed
