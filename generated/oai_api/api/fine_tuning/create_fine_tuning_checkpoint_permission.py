from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_fine_tuning_checkpoint_permission_request import (
    CreateFineTuningCheckpointPermissionRequest,
)
from ...models.error_response import ErrorResponse
from ...models.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)


def _get_kwargs(
    fine_tuned_model_checkpoint: str,
    *,
    body: CreateFineTuningCheckpointPermissionRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions".format(
            fine_tuned_model_checkpoint=quote(
                str(fine_tuned_model_checkpoint), safe=""
            ),
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
) -> ErrorResponse | ListFineTuningCheckpointPermissionResponse:
    if response.status_code == 200:
        response_200 = ListFineTuningCheckpointPermissionResponse.from_dict(
            response.json()
        )

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningCheckpointPermissionRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]:
    """Share a fine-tuned checkpoint with other projects of the organization (admin API key required;
    owners only).

    Args:
        fine_tuned_model_checkpoint (str): The fine-tuned checkpoint to share.
        body (CreateFineTuningCheckpointPermissionRequest): Which projects to share a fine-tuned
            checkpoint with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]
    """

    kwargs = _get_kwargs(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningCheckpointPermissionRequest | Mapping[str, Any],
) -> ErrorResponse | ListFineTuningCheckpointPermissionResponse | None:
    """Share a fine-tuned checkpoint with other projects of the organization (admin API key required;
    owners only).

    Args:
        fine_tuned_model_checkpoint (str): The fine-tuned checkpoint to share.
        body (CreateFineTuningCheckpointPermissionRequest): Which projects to share a fine-tuned
            checkpoint with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFineTuningCheckpointPermissionResponse
    """

    return sync_detailed(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningCheckpointPermissionRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]:
    """Share a fine-tuned checkpoint with other projects of the organization (admin API key required;
    owners only).

    Args:
        fine_tuned_model_checkpoint (str): The fine-tuned checkpoint to share.
        body (CreateFineTuningCheckpointPermissionRequest): Which projects to share a fine-tuned
            checkpoint with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]
    """

    kwargs = _get_kwargs(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningCheckpointPermissionRequest | Mapping[str, Any],
) -> ErrorResponse | ListFineTuningCheckpointPermissionResponse | None:
    """Share a fine-tuned checkpoint with other projects of the organization (admin API key required;
    owners only).

    Args:
        fine_tuned_model_checkpoint (str): The fine-tuned checkpoint to share.
        body (CreateFineTuningCheckpointPermissionRequest): Which projects to share a fine-tuned
            checkpoint with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFineTuningCheckpointPermissionResponse
    """

    return (
        await asyncio_detailed(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            client=client,
            body=body,
        )
    ).parsed
