from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_service_account import ProjectServiceAccount
from ...models.update_project_service_account_body import (
    UpdateProjectServiceAccountBody,
)


def _get_kwargs(
    project_id: str,
    service_account_id: str,
    *,
    body: UpdateProjectServiceAccountBody | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/projects/{project_id}/service_accounts/{service_account_id}".format(
            project_id=quote(str(project_id), safe=""),
            service_account_id=quote(str(service_account_id), safe=""),
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
) -> ErrorResponse | ProjectServiceAccount:
    if response.status_code == 200:
        response_200 = ProjectServiceAccount.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ProjectServiceAccount]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProjectServiceAccountBody | Mapping[str, Any],
) -> _types.Response[ErrorResponse | ProjectServiceAccount]:
    """Rename a project service account or change its role.

    Args:
        project_id (str): ID of the project (`proj_...`).
        service_account_id (str): Service account ID.
        body (UpdateProjectServiceAccountBody): Service account fields to change; omitted ones
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectServiceAccount]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_account_id=service_account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProjectServiceAccountBody | Mapping[str, Any],
) -> ErrorResponse | ProjectServiceAccount | None:
    """Rename a project service account or change its role.

    Args:
        project_id (str): ID of the project (`proj_...`).
        service_account_id (str): Service account ID.
        body (UpdateProjectServiceAccountBody): Service account fields to change; omitted ones
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectServiceAccount
    """

    return sync_detailed(
        project_id=project_id,
        service_account_id=service_account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProjectServiceAccountBody | Mapping[str, Any],
) -> _types.Response[ErrorResponse | ProjectServiceAccount]:
    """Rename a project service account or change its role.

    Args:
        project_id (str): ID of the project (`proj_...`).
        service_account_id (str): Service account ID.
        body (UpdateProjectServiceAccountBody): Service account fields to change; omitted ones
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectServiceAccount]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_account_id=service_account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProjectServiceAccountBody | Mapping[str, Any],
) -> ErrorResponse | ProjectServiceAccount | None:
    """Rename a project service account or change its role.

    Args:
        project_id (str): ID of the project (`proj_...`).
        service_account_id (str): Service account ID.
        body (UpdateProjectServiceAccountBody): Service account fields to change; omitted ones
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectServiceAccount
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_account_id=service_account_id,
            client=client,
            body=body,
        )
    ).parsed
