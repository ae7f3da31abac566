from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_content_provenance_body import CreateContentProvenanceBody
from ...models.error_response import ErrorResponse
from ...models.provenance_resource import ProvenanceResource
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: CreateContentProvenanceBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content_provenance_checks",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProvenanceResource:
    if response.status_code == 200:
        response_200 = ProvenanceResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ProvenanceResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContentProvenanceBody | Unset = UNSET,
) -> _types.Response[ErrorResponse | ProvenanceResource]:
    """Check an image or audio file for OpenAI provenance signals; `not_detected` does not prove the file
    was not made by OpenAI or another AI.

    Args:
        body (CreateContentProvenanceBody | Unset): Body for a provenance check: the image or
            audio file to inspect.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProvenanceResource]
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
    client: AuthenticatedClient | Client,
    body: CreateContentProvenanceBody | Unset = UNSET,
) -> ErrorResponse | ProvenanceResource | None:
    """Check an image or audio file for OpenAI provenance signals; `not_detected` does not prove the file
    was not made by OpenAI or another AI.

    Args:
        body (CreateContentProvenanceBody | Unset): Body for a provenance check: the image or
            audio file to inspect.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProvenanceResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContentProvenanceBody | Unset = UNSET,
) -> _types.Response[ErrorResponse | ProvenanceResource]:
    """Check an image or audio file for OpenAI provenance signals; `not_detected` does not prove the file
    was not made by OpenAI or another AI.

    Args:
        body (CreateContentProvenanceBody | Unset): Body for a provenance check: the image or
            audio file to inspect.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProvenanceResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContentProvenanceBody | Unset = UNSET,
) -> ErrorResponse | ProvenanceResource | None:
    """Check an image or audio file for OpenAI provenance signals; `not_detected` does not prove the file
    was not made by OpenAI or another AI.

    Args:
        body (CreateContentProvenanceBody | Unset): Body for a provenance check: the image or
            audio file to inspect.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProvenanceResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
