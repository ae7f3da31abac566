from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.conversation_resource import ConversationResource
from ...models.error_response import ErrorResponse
from ...models.update_conversation_body import UpdateConversationBody
from ...types import UNSET, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: UpdateConversationBody | Unset | Mapping[str, Any] = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = ConversationResource.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ConversationResource | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ConversationResource | ErrorResponse]:
    """Replace a conversation's metadata.

    Args:
        conversation_id (str): Conversation whose metadata gets replaced.
        body (UpdateConversationBody | Unset): Body for updating a conversation; it carries the
            new `metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationBody | Unset | Mapping[str, Any] = UNSET,
) -> ConversationResource | ErrorResponse | None:
    """Replace a conversation's metadata.

    Args:
        conversation_id (str): Conversation whose metadata gets replaced.
        body (UpdateConversationBody | Unset): Body for updating a conversation; it carries the
            new `metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationResource | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationBody | Unset | Mapping[str, Any] = UNSET,
) -> _types.Response[ConversationResource | ErrorResponse]:
    """Replace a conversation's metadata.

    Args:
        conversation_id (str): Conversation whose metadata gets replaced.
        body (UpdateConversationBody | Unset): Body for updating a conversation; it carries the
            new `metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversationBody | Unset | Mapping[str, Any] = UNSET,
) -> ConversationResource | ErrorResponse | None:
    """Replace a conversation's metadata.

    Args:
        conversation_id (str): Conversation whose metadata gets replaced.
        body (UpdateConversationBody | Unset): Body for updating a conversation; it carries the
            new `metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
