from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.delete_certificate_response import DeleteCertificateResponse
from ...models.error_response import ErrorResponse


def _get_kwargs(
    certificate_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/organization/certificates/{certificate_id}".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCertificateResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeleteCertificateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[DeleteCertificateResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
) -> _types.Response[DeleteCertificateResponse | ErrorResponse]:
    """Delete a certificate, which must already be deactivated everywhere: the organization and every
    project.

    Args:
        certificate_id (str): Certificate to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCertificateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteCertificateResponse | ErrorResponse | None:
    """Delete a certificate, which must already be deactivated everywhere: the organization and every
    project.

    Args:
        certificate_id (str): Certificate to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCertificateResponse | ErrorResponse
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
) -> _types.Response[DeleteCertificateResponse | ErrorResponse]:
    """Delete a certificate, which must already be deactivated everywhere: the organization and every
    project.

    Args:
        certificate_id (str): Certificate to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCertificateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteCertificateResponse | ErrorResponse | None:
    """Delete a certificate, which must already be deactivated everywhere: the organization and every
    project.

    Args:
        certificate_id (str): Certificate to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCertificateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            certificate_id=certificate_id,
            client=client,
        )
    ).parsed
