from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...models.error_response import ErrorResponse
from ...models.modify_certificate_request import ModifyCertificateRequest


def _get_kwargs(
    certificate_id: str,
    *,
    body: ModifyCertificateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/certificates/{certificate_id}".format(
            certificate_id=quote(str(certificate_id), safe=""),
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
) -> Certificate | ErrorResponse:
    if response.status_code == 200:
        response_200 = Certificate.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[Certificate | ErrorResponse]:
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
    body: ModifyCertificateRequest | Mapping[str, Any],
) -> _types.Response[Certificate | ErrorResponse]:
    """Rename a certificate; the name is the only field that can change.

    Args:
        certificate_id (str): Which certificate to rename.
        body (ModifyCertificateRequest): The changes to make to a certificate; only the name can
            be set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | ErrorResponse]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    body: ModifyCertificateRequest | Mapping[str, Any],
) -> Certificate | ErrorResponse | None:
    """Rename a certificate; the name is the only field that can change.

    Args:
        certificate_id (str): Which certificate to rename.
        body (ModifyCertificateRequest): The changes to make to a certificate; only the name can
            be set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | ErrorResponse
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    body: ModifyCertificateRequest | Mapping[str, Any],
) -> _types.Response[Certificate | ErrorResponse]:
    """Rename a certificate; the name is the only field that can change.

    Args:
        certificate_id (str): Which certificate to rename.
        body (ModifyCertificateRequest): The changes to make to a certificate; only the name can
            be set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | ErrorResponse]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    body: ModifyCertificateRequest | Mapping[str, Any],
) -> Certificate | ErrorResponse | None:
    """Rename a certificate; the name is the only field that can change.

    Args:
        certificate_id (str): Which certificate to rename.
        body (ModifyCertificateRequest): The changes to make to a certificate; only the name can
            be set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | ErrorResponse
    """

    return (
        await asyncio_detailed(
            certificate_id=certificate_id,
            client=client,
            body=body,
        )
    ).parsed
