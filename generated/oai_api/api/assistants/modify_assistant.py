from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.assistant_object import AssistantObject
from ...models.error_response import ErrorResponse
from ...models.modify_assistant_request import ModifyAssistantRequest


def _get_kwargs(
    assistant_id: str,
    *,
    body: ModifyAssistantRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assistants/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
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
) -> AssistantObject | ErrorResponse:
    if response.status_code == 200:
        response_200 = AssistantObject.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[AssistantObject | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyAssistantRequest | Mapping[str, Any],
) -> _types.Response[AssistantObject | ErrorResponse]:
    """Deprecated: update an assistant's settings; only the fields you send change.

    Args:
        assistant_id (str): Which assistant to change.
        body (ModifyAssistantRequest): Body for updating an assistant; send only the fields to
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyAssistantRequest | Mapping[str, Any],
) -> AssistantObject | ErrorResponse | None:
    """Deprecated: update an assistant's settings; only the fields you send change.

    Args:
        assistant_id (str): Which assistant to change.
        body (ModifyAssistantRequest): Body for updating an assistant; send only the fields to
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantObject | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyAssistantRequest | Mapping[str, Any],
) -> _types.Response[AssistantObject | ErrorResponse]:
    """Deprecated: update an assistant's settings; only the fields you send change.

    Args:
        assistant_id (str): Which assistant to change.
        body (ModifyAssistantRequest): Body for updating an assistant; send only the fields to
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyAssistantRequest | Mapping[str, Any],
) -> AssistantObject | ErrorResponse | None:
    """Deprecated: update an assistant's settings; only the fields you send change.

    Args:
        assistant_id (str): Which assistant to change.
        body (ModifyAssistantRequest): Body for updating an assistant; send only the fields to
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantObject | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
        )
    ).parsed
