from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.eval_run import EvalRun


def _get_kwargs(
    eval_id: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evals/{eval_id}/runs/{run_id}".format(
            eval_id=quote(str(eval_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EvalRun:
    if response.status_code == 200:
        response_200 = EvalRun.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | EvalRun]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ErrorResponse | EvalRun]:
    """Cancel a run that is still in progress.

    Args:
        eval_id (str): ID of the eval the run belongs to.
        run_id (str): Which run to stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EvalRun]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | EvalRun | None:
    """Cancel a run that is still in progress.

    Args:
        eval_id (str): ID of the eval the run belongs to.
        run_id (str): Which run to stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EvalRun
    """

    return sync_detailed(
        eval_id=eval_id,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> _types.Response[ErrorResponse | EvalRun]:
    """Cancel a run that is still in progress.

    Args:
        eval_id (str): ID of the eval the run belongs to.
        run_id (str): Which run to stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EvalRun]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | EvalRun | None:
    """Cancel a run that is still in progress.

    Args:
        eval_id (str): ID of the eval the run belongs to.
        run_id (str): Which run to stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EvalRun
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            run_id=run_id,
            client=client,
        )
    ).parsed
