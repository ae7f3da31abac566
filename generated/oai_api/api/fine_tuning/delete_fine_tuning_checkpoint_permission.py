from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse,
)
from ...models.error_response import ErrorResponse


def _get_kwargs(
    fine_tuned_model_checkpoint: str,
    permission_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}".format(
            fine_tuned_model_checkpoint=quote(
                str(fine_tuned_model_checkpoint), safe=""
            ),
            permission_id=quote(str(permission_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteFineTuningCheckpointPermissionResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeleteFineTuningCheckpointPermissionResponse.from_dict(
            response.json()
        )

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[DeleteFineTuningCheckpointPermissionResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fine_tuned_model_checkpoint: str,
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteFineTuningCheckpointPermissionResponse | ErrorResponse]:
    """Revoke one project's access to a fine-tuned checkpoint (admin API key required; owners only).

    Args:
        fine_tuned_model_checkpoint (str): Checkpoint that owns the permission being revoked.
        permission_id (str): ID of the permission to revoke.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFineTuningCheckpointPermissionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        permission_id=permission_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fine_tuned_model_checkpoint: str,
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteFineTuningCheckpointPermissionResponse | ErrorResponse | None:
    """Revoke one project's access to a fine-tuned checkpoint (admin API key required; owners only).

    Args:
        fine_tuned_model_checkpoint (str): Checkpoint that owns the permission being revoked.
        permission_id (str): ID of the permission to revoke.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFineTuningCheckpointPermissionResponse | ErrorResponse
    """

    return sync_detailed(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        permission_id=permission_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    fine_tuned_model_checkpoint: str,
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteFineTuningCheckpointPermissionResponse | ErrorResponse]:
    """Revoke one project's access to a fine-tuned checkpoint (admin API key required; owners only).

    Args:
        fine_tuned_model_checkpoint (str): Checkpoint that owns the permission being revoked.
        permission_id (str): ID of the permission to revoke.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFineTuningCheckpointPermissionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        permission_id=permission_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fine_tuned_model_checkpoint: str,
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteFineTuningCheckpointPermissionResponse | ErrorResponse | None:
    """Revoke one project's access to a fine-tuned checkpoint (admin API key required; owners only).

    Args:
        fine_tuned_model_checkpoint (str): Checkpoint that owns the permission being revoked.
        permission_id (str): ID of the permission to revoke.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFineTuningCheckpointPermissionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            permission_id=permission_id,
            client=client,
        )
    ).parsed
