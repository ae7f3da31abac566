from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse,
)
from ...models.toggle_certificates_request import ToggleCertificatesRequest


def _get_kwargs(
    project_id: str,
    *,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/projects/{project_id}/certificates/activate".format(
            project_id=quote(str(project_id), safe=""),
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
) -> ErrorResponse | OrganizationProjectCertificateActivationResponse:
    if response.status_code == 200:
        response_200 = OrganizationProjectCertificateActivationResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | OrganizationProjectCertificateActivationResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | OrganizationProjectCertificateActivationResponse]:
    """Activate up to 10 certificates for a single project in one atomic, idempotent call.

    Args:
        project_id (str): ID of the project to activate the certificates in.
        body (ToggleCertificatesRequest): The certificates to switch on or off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationProjectCertificateActivationResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> ErrorResponse | OrganizationProjectCertificateActivationResponse | None:
    """Activate up to 10 certificates for a single project in one atomic, idempotent call.

    Args:
        project_id (str): ID of the project to activate the certificates in.
        body (ToggleCertificatesRequest): The certificates to switch on or off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationProjectCertificateActivationResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | OrganizationProjectCertificateActivationResponse]:
    """Activate up to 10 certificates for a single project in one atomic, idempotent call.

    Args:
        project_id (str): ID of the project to activate the certificates in.
        body (ToggleCertificatesRequest): The certificates to switch on or off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationProjectCertificateActivationResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> ErrorResponse | OrganizationProjectCertificateActivationResponse | None:
    """Activate up to 10 certificates for a single project in one atomic, idempotent call.

    Args:
        project_id (str): ID of the project to activate the certificates in.
        body (ToggleCertificatesRequest): The certificates to switch on or off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationProjectCertificateActivationResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
