from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.delete_assistant_response import DeleteAssistantResponse
from ...models.error_response import ErrorResponse


def _get_kwargs(
    assistant_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assistants/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAssistantResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeleteAssistantResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[DeleteAssistantResponse | ErrorResponse]:
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
) -> _types.Response[DeleteAssistantResponse | ErrorResponse]:
    """Deprecated: permanently remove an assistant.

    Args:
        assistant_id (str): Which assistant to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssistantResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssistantResponse | ErrorResponse | None:
    """Deprecated: permanently remove an assistant.

    Args:
        assistant_id (str): Which assistant to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssistantResponse | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteAssistantResponse | ErrorResponse]:
    """Deprecated: permanently remove an assistant.

    Args:
        assistant_id (str): Which assistant to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssistantResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssistantResponse | ErrorResponse | None:
    """Deprecated: permanently remove an assistant.

    Args:
        assistant_id (str): Which assistant to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssistantResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
        )
    ).parsed
