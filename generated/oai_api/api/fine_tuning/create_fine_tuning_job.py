from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_fine_tuning_job_request import CreateFineTuningJobRequest
from ...models.error_response import ErrorResponse
from ...models.fine_tuning_job import FineTuningJob


def _get_kwargs(
    *,
    body: CreateFineTuningJobRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fine_tuning/jobs",
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
) -> ErrorResponse | FineTuningJob:
    if response.status_code == 200:
        response_200 = FineTuningJob.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | FineTuningJob]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningJobRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | FineTuningJob]:
    """Start a fine-tuning job that trains a new model on an uploaded dataset; the job is queued and runs
    asynchronously.

    Args:
        body (CreateFineTuningJobRequest): Settings for a new fine-tuning job: base model, data
            files, method and options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FineTuningJob]
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
    body: CreateFineTuningJobRequest | Mapping[str, Any],
) -> ErrorResponse | FineTuningJob | None:
    """Start a fine-tuning job that trains a new model on an uploaded dataset; the job is queued and runs
    asynchronously.

    Args:
        body (CreateFineTuningJobRequest): Settings for a new fine-tuning job: base model, data
            files, method and options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FineTuningJob
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningJobRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | FineTuningJob]:
    """Start a fine-tuning job that trains a new model on an uploaded dataset; the job is queued and runs
    asynchronously.

    Args:
        body (CreateFineTuningJobRequest): Settings for a new fine-tuning job: base model, data
            files, method and options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FineTuningJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningJobRequest | Mapping[str, Any],
) -> ErrorResponse | FineTuningJob | None:
    """Start a fine-tuning job that trains a new model on an uploaded dataset; the job is queued and runs
    asynchronously.

    Args:
        body (CreateFineTuningJobRequest): Settings for a new fine-tuning job: base model, data
            files, method and options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FineTuningJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
