from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse,
)
from ...models.toggle_certificates_request import ToggleCertificatesRequest


def _get_kwargs(
    *,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/certificates/deactivate",
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
) -> ErrorResponse | OrganizationCertificateDeactivationResponse:
    if response.status_code == 200:
        response_200 = OrganizationCertificateDeactivationResponse.from_dict(
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
) -> _types.Response[ErrorResponse | OrganizationCertificateDeactivationResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | OrganizationCertificateDeactivationResponse]:
    """Deactivate up to 10 organization-level certificates in one atomic, idempotent call.

    Args:
        body (ToggleCertificatesRequest): The certificates to switch on or off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationCertificateDeactivationResponse]
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
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> ErrorResponse | OrganizationCertificateDeactivationResponse | None:
    """Deactivate up to 10 organization-level certificates in one atomic, idempotent call.

    Args:
        body (ToggleCertificatesRequest): The certificates to switch on or off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationCertificateDeactivationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> _types.Response[ErrorResponse | OrganizationCertificateDeactivationResponse]:
    """Deactivate up to 10 organization-level certificates in one atomic, idempotent call.

    Args:
        body (ToggleCertificatesRequest): The certificates to switch on or off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationCertificateDeactivationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest | Mapping[str, Any],
) -> ErrorResponse | OrganizationCertificateDeactivationResponse | None:
    """Deactivate up to 10 organization-level certificates in one atomic, idempotent call.

    Args:
        body (ToggleCertificatesRequest): The certificates to switch on or off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationCertificateDeactivationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
