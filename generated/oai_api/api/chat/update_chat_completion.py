from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_chat_completion_response import CreateChatCompletionResponse
from ...models.error_response import ErrorResponse
from ...models.update_chat_completion_body import UpdateChatCompletionBody


def _get_kwargs(
    completion_id: str,
    *,
    body: UpdateChatCompletionBody | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions/{completion_id}".format(
            completion_id=quote(str(completion_id), safe=""),
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
) -> CreateChatCompletionResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreateChatCompletionResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[CreateChatCompletionResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChatCompletionBody | Mapping[str, Any],
) -> _types.Response[CreateChatCompletionResponse | ErrorResponse]:
    """Update the `metadata` of a stored chat completion (created with `store=true`); nothing else can
    change.

    Args:
        completion_id (str): Which stored completion gets the new metadata.
        body (UpdateChatCompletionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChatCompletionBody | Mapping[str, Any],
) -> CreateChatCompletionResponse | ErrorResponse | None:
    """Update the `metadata` of a stored chat completion (created with `store=true`); nothing else can
    change.

    Args:
        completion_id (str): Which stored completion gets the new metadata.
        body (UpdateChatCompletionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse | ErrorResponse
    """

    return sync_detailed(
        completion_id=completion_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChatCompletionBody | Mapping[str, Any],
) -> _types.Response[CreateChatCompletionResponse | ErrorResponse]:
    """Update the `metadata` of a stored chat completion (created with `store=true`); nothing else can
    change.

    Args:
        completion_id (str): Which stored completion gets the new metadata.
        body (UpdateChatCompletionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChatCompletionBody | Mapping[str, Any],
) -> CreateChatCompletionResponse | ErrorResponse | None:
    """Update the `metadata` of a stored chat completion (created with `store=true`); nothing else can
    change.

    Args:
        completion_id (str): Which stored completion gets the new metadata.
        body (UpdateChatCompletionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            completion_id=completion_id,
            client=client,
            body=body,
        )
    ).parsed
