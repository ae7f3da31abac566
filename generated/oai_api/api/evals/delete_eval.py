from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.delete_eval_response_200 import DeleteEvalResponse200
from ...models.error import Error
from ...models.error_response import ErrorResponse


def _get_kwargs(
    eval_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/evals/{eval_id}".format(
            eval_id=quote(str(eval_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteEvalResponse200 | Error | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeleteEvalResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[DeleteEvalResponse200 | Error | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteEvalResponse200 | Error | ErrorResponse]:
    """Permanently remove an eval.

    Args:
        eval_id (str): Which eval to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEvalResponse200 | Error | ErrorResponse]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteEvalResponse200 | Error | ErrorResponse | None:
    """Permanently remove an eval.

    Args:
        eval_id (str): Which eval to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEvalResponse200 | Error | ErrorResponse
    """

    return sync_detailed(
        eval_id=eval_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[DeleteEvalResponse200 | Error | ErrorResponse]:
    """Permanently remove an eval.

    Args:
        eval_id (str): Which eval to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEvalResponse200 | Error | ErrorResponse]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteEvalResponse200 | Error | ErrorResponse | None:
    """Permanently remove an eval.

    Args:
        eval_id (str): Which eval to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEvalResponse200 | Error | ErrorResponse
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            client=client,
        )
    ).parsed
