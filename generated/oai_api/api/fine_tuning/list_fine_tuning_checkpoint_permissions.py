from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)
from ...models.list_fine_tuning_checkpoint_permissions_order import (
    ListFineTuningCheckpointPermissionsOrder,
)
from ...types import UNSET, Unset


def _get_kwargs(
    fine_tuned_model_checkpoint: str,
    *,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["after"] = after

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions".format(
            fine_tuned_model_checkpoint=quote(
                str(fine_tuned_model_checkpoint), safe=""
            ),
        ),
        "params": params,
    }

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
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]:
    """List which projects may use a fine-tuned checkpoint (admin API key required; organization owners
    only).

    Args:
        fine_tuned_model_checkpoint (str): Checkpoint whose project grants are returned.
        project_id (str | Unset): Only return permissions granted to this project.
        after (str | Unset): Cursor for paging: the permission ID the previous page ended with.
        limit (int | Unset): How many permissions to return per page; 10 when omitted.
        order (ListFineTuningCheckpointPermissionsOrder | Unset): Sort direction of the results:
            `ascending` or `descending` (the default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]
    """

    kwargs = _get_kwargs(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        project_id=project_id,
        after=after,
        limit=limit,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> ErrorResponse | ListFineTuningCheckpointPermissionResponse | None:
    """List which projects may use a fine-tuned checkpoint (admin API key required; organization owners
    only).

    Args:
        fine_tuned_model_checkpoint (str): Checkpoint whose project grants are returned.
        project_id (str | Unset): Only return permissions granted to this project.
        after (str | Unset): Cursor for paging: the permission ID the previous page ended with.
        limit (int | Unset): How many permissions to return per page; 10 when omitted.
        order (ListFineTuningCheckpointPermissionsOrder | Unset): Sort direction of the results:
            `ascending` or `descending` (the default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFineTuningCheckpointPermissionResponse
    """

    return sync_detailed(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        client=client,
        project_id=project_id,
        after=after,
        limit=limit,
        order=order,
    ).parsed


async def asyncio_detailed(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]:
    """List which projects may use a fine-tuned checkpoint (admin API key required; organization owners
    only).

    Args:
        fine_tuned_model_checkpoint (str): Checkpoint whose project grants are returned.
        project_id (str | Unset): Only return permissions granted to this project.
        after (str | Unset): Cursor for paging: the permission ID the previous page ended with.
        limit (int | Unset): How many permissions to return per page; 10 when omitted.
        order (ListFineTuningCheckpointPermissionsOrder | Unset): Sort direction of the results:
            `ascending` or `descending` (the default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFineTuningCheckpointPermissionResponse]
    """

    kwargs = _get_kwargs(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        project_id=project_id,
        after=after,
        limit=limit,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> ErrorResponse | ListFineTuningCheckpointPermissionResponse | None:
    """List which projects may use a fine-tuned checkpoint (admin API key required; organization owners
    only).

    Args:
        fine_tuned_model_checkpoint (str): Checkpoint whose project grants are returned.
        project_id (str | Unset): Only return permissions granted to this project.
        after (str | Unset): Cursor for paging: the permission ID the previous page ended with.
        limit (int | Unset): How many permissions to return per page; 10 when omitted.
        order (ListFineTuningCheckpointPermissionsOrder | Unset): Sort direction of the results:
            `ascending` or `descending` (the default).

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
            project_id=project_id,
            after=after,
            limit=limit,
            order=order,
        )
    ).parsed
