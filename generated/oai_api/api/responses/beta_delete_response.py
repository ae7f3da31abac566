from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.beta_delete_response_beta import (
    BetaDeleteResponseBeta,
)
from ...models.beta_error import BetaError
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    response_id: str,
    *,
    beta: BetaDeleteResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(openai_beta, Unset):
        headers["openai-beta"] = openai_beta

    params: dict[str, Any] = {}

    json_beta: str | Unset = UNSET
    if not isinstance(beta, Unset):
        json_beta = beta

    params["beta"] = json_beta

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/responses/{response_id}".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BetaError | ErrorResponse:
    if response.status_code == 200:
        response_200 = _types.undeclared_body(response)
        return response_200

    if response.status_code == 404:
        response_404 = BetaError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[Any | BetaError | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    beta: BetaDeleteResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> _types.Response[Any | BetaError | ErrorResponse]:
    """Delete a stored model response (beta).

    Args:
        response_id (str): Identifier (`resp_...`) of the response being removed.
        beta (BetaDeleteResponseBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BetaError | ErrorResponse]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        beta=beta,
        openai_beta=openai_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    beta: BetaDeleteResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> Any | BetaError | ErrorResponse | None:
    """Delete a stored model response (beta).

    Args:
        response_id (str): Identifier (`resp_...`) of the response being removed.
        beta (BetaDeleteResponseBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BetaError | ErrorResponse
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        beta=beta,
        openai_beta=openai_beta,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    beta: BetaDeleteResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> _types.Response[Any | BetaError | ErrorResponse]:
    """Delete a stored model response (beta).

    Args:
        response_id (str): Identifier (`resp_...`) of the response being removed.
        beta (BetaDeleteResponseBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BetaError | ErrorResponse]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        beta=beta,
        openai_beta=openai_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    beta: BetaDeleteResponseBeta | Unset = "true",
    openai_beta: str | Unset = UNSET,
) -> Any | BetaError | ErrorResponse | None:
    """Delete a stored model response (beta).

    Args:
        response_id (str): Identifier (`resp_...`) of the response being removed.
        beta (BetaDeleteResponseBeta | Unset):  Default: 'true'.
        openai_beta (str | Unset): Comma-separated values, e.g. responses_multi_agent=v1

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BetaError | ErrorResponse
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            beta=beta,
            openai_beta=openai_beta,
        )
    ).parsed
