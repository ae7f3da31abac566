from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fine_tuning_job import FineTuningJob


def _get_kwargs(
    fine_tuning_job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fine_tuning/jobs/{fine_tuning_job_id}/resume".format(
            fine_tuning_job_id=quote(str(fine_tuning_job_id), safe=""),
        ),
    }

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
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ErrorResponse | FineTuningJob]:
    """Continue a paused fine-tuning job.

    Args:
        fine_tuning_job_id (str): ID of the paused job to continue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FineTuningJob]
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FineTuningJob | None:
    """Continue a paused fine-tuning job.

    Args:
        fine_tuning_job_id (str): ID of the paused job to continue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FineTuningJob
    """

    return sync_detailed(
        fine_tuning_job_id=fine_tuning_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ErrorResponse | FineTuningJob]:
    """Continue a paused fine-tuning job.

    Args:
        fine_tuning_job_id (str): ID of the paused job to continue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FineTuningJob]
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FineTuningJob | None:
    """Continue a paused fine-tuning job.

    Args:
        fine_tuning_job_id (str): ID of the paused job to continue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FineTuningJob
    """

    return (
        await asyncio_detailed(
            fine_tuning_job_id=fine_tuning_job_id,
            client=client,
        )
    ).parsed
