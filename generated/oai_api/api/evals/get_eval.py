from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.eval_ import Eval


def _get_kwargs(
    eval_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evals/{eval_id}".format(
            eval_id=quote(str(eval_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Eval:
    if response.status_code == 200:
        response_200 = Eval.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | Eval]:
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
) -> _types.Response[ErrorResponse | Eval]:
    """Fetch one eval by its ID.

    Args:
        eval_id (str): Which eval to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Eval]
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
) -> ErrorResponse | Eval | None:
    """Fetch one eval by its ID.

    Args:
        eval_id (str): Which eval to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Eval
    """

    return sync_detailed(
        eval_id=eval_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ErrorResponse | Eval]:
    """Fetch one eval by its ID.

    Args:
        eval_id (str): Which eval to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Eval]
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
) -> ErrorResponse | Eval | None:
    """Fetch one eval by its ID.

    Args:
        eval_id (str): Which eval to fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Eval
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            client=client,
        )
    ).parsed
