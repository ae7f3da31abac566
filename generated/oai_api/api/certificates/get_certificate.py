from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...models.error_response import ErrorResponse
from ...models.get_certificate_include_item import (
    GetCertificateIncludeItem,
)
from ...types import UNSET, Unset


def _get_kwargs(
    certificate_id: str,
    *,
    include: list[GetCertificateIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/certificates/{certificate_id}".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
        "params": params,
    }

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
    include: list[GetCertificateIncludeItem] | Unset = UNSET,
) -> _types.Response[Certificate | ErrorResponse]:
    """Fetch one of the organization's certificates, whether active or not.

    Args:
        certificate_id (str): Which certificate to fetch.
        include (list[GetCertificateIncludeItem] | Unset): Extra fields to add to the result; only
            `content` (the certificate's PEM text) is supported.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | ErrorResponse]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    include: list[GetCertificateIncludeItem] | Unset = UNSET,
) -> Certificate | ErrorResponse | None:
    """Fetch one of the organization's certificates, whether active or not.

    Args:
        certificate_id (str): Which certificate to fetch.
        include (list[GetCertificateIncludeItem] | Unset): Extra fields to add to the result; only
            `content` (the certificate's PEM text) is supported.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | ErrorResponse
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    include: list[GetCertificateIncludeItem] | Unset = UNSET,
) -> _types.Response[Certificate | ErrorResponse]:
    """Fetch one of the organization's certificates, whether active or not.

    Args:
        certificate_id (str): Which certificate to fetch.
        include (list[GetCertificateIncludeItem] | Unset): Extra fields to add to the result; only
            `content` (the certificate's PEM text) is supported.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | ErrorResponse]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    include: list[GetCertificateIncludeItem] | Unset = UNSET,
) -> Certificate | ErrorResponse | None:
    """Fetch one of the organization's certificates, whether active or not.

    Args:
        certificate_id (str): Which certificate to fetch.
        include (list[GetCertificateIncludeItem] | Unset): Extra fields to add to the result; only
            `content` (the certificate's PEM text) is supported.

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
            include=include,
        )
    ).parsed
