from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_service_account_delete_response import (
    ProjectServiceAccountDeleteResponse,
)


def _get_kwargs(
    project_id: str,
    service_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/organization/projects/{project_id}/service_accounts/{service_account_id}".format(
            project_id=quote(str(project_id), safe=""),
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectServiceAccountDeleteResponse:
    if response.status_code == 200:
        response_200 = ProjectServiceAccountDeleteResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ProjectServiceAccountDeleteResponse]:
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
) -> _types.Response[ErrorResponse | ProjectServiceAccountDeleteResponse]:
    """Delete a service account from a project; fails for archived projects.

    Args:
        project_id (str): ID of the project (`proj_...`).
        service_account_id (str): Service account to delete, by ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectServiceAccountDeleteResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_account_id=service_account_id,
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
) -> ErrorResponse | ProjectServiceAccountDeleteResponse | None:
    """Delete a service account from a project; fails for archived projects.

    Args:
        project_id (str): ID of the project (`proj_...`).
        service_account_id (str): Service account to delete, by ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectServiceAccountDeleteResponse
    """

    return sync_detailed(
        project_id=project_id,
        service_account_id=service_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
) -> _types.Response[ErrorResponse | ProjectServiceAccountDeleteResponse]:
    """Delete a service account from a project; fails for archived projects.

    Args:
        project_id (str): ID of the project (`proj_...`).
        service_account_id (str): Service account to delete, by ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectServiceAccountDeleteResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_account_id=service_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ProjectServiceAccountDeleteResponse | None:
    """Delete a service account from a project; fails for archived projects.

    Args:
        project_id (str): ID of the project (`proj_...`).
        service_account_id (str): Service account to delete, by ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectServiceAccountDeleteResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_account_id=service_account_id,
            client=client,
        )
    ).parsed
