from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.delete_model_response import DeleteModelResponse
from ...models.error_response import ErrorResponse


def _get_kwargs(
    model: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/models/{model}".format(
            model=quote(str(model), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteModelResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeleteModelResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[DeleteModelResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteModelResponse | ErrorResponse]:
    """Delete a fine-tuned model owned by the caller.

    Args:
        model (str): ID of the fine-tuned model to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteModelResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteModelResponse | ErrorResponse | None:
    """Delete a fine-tuned model owned by the caller.

    Args:
        model (str): ID of the fine-tuned model to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteModelResponse | ErrorResponse
    """

    return sync_detailed(
        model=model,
        client=client,
    ).parsed


async def asyncio_detailed(
    model: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteModelResponse | ErrorResponse]:
    """Delete a fine-tuned model owned by the caller.

    Args:
        model (str): ID of the fine-tuned model to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteModelResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteModelResponse | ErrorResponse | None:
    """Delete a fine-tuned model owned by the caller.

    Args:
        model (str): ID of the fine-tuned model to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteModelResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            model=model,
            client=client,
        )
    ).parsed
