from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_organization_spend_alerts_order import (
    ListOrganizationSpendAlertsOrder,
)
from ...models.organization_spend_alert_list_resource import (
    OrganizationSpendAlertListResource,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListOrganizationSpendAlertsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/spend_alerts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrganizationSpendAlertListResource:
    if response.status_code == 200:
        response_200 = OrganizationSpendAlertListResource.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | OrganizationSpendAlertListResource]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    order: ListOrganizationSpendAlertsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | OrganizationSpendAlertListResource]:
    """List the organization's spend alerts, oldest first unless `order=desc`.

    Args:
        limit (int | Unset): Page size: the most alerts to return, 0 to 100 (20 if omitted).
        order (ListOrganizationSpendAlertsOrder | Unset): Sort direction: `asc` (the default) or
            `desc`.
        after (str | Unset): Pagination cursor: the last alert ID of the previous page, to get the
            next one.
        before (str | Unset): Pagination cursor: the first alert ID of the current page, to get
            the one before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationSpendAlertListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    order: ListOrganizationSpendAlertsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | OrganizationSpendAlertListResource | None:
    """List the organization's spend alerts, oldest first unless `order=desc`.

    Args:
        limit (int | Unset): Page size: the most alerts to return, 0 to 100 (20 if omitted).
        order (ListOrganizationSpendAlertsOrder | Unset): Sort direction: `asc` (the default) or
            `desc`.
        after (str | Unset): Pagination cursor: the last alert ID of the previous page, to get the
            next one.
        before (str | Unset): Pagination cursor: the first alert ID of the current page, to get
            the one before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationSpendAlertListResource
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    order: ListOrganizationSpendAlertsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | OrganizationSpendAlertListResource]:
    """List the organization's spend alerts, oldest first unless `order=desc`.

    Args:
        limit (int | Unset): Page size: the most alerts to return, 0 to 100 (20 if omitted).
        order (ListOrganizationSpendAlertsOrder | Unset): Sort direction: `asc` (the default) or
            `desc`.
        after (str | Unset): Pagination cursor: the last alert ID of the previous page, to get the
            next one.
        before (str | Unset): Pagination cursor: the first alert ID of the current page, to get
            the one before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationSpendAlertListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    order: ListOrganizationSpendAlertsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | OrganizationSpendAlertListResource | None:
    """List the organization's spend alerts, oldest first unless `order=desc`.

    Args:
        limit (int | Unset): Page size: the most alerts to return, 0 to 100 (20 if omitted).
        order (ListOrganizationSpendAlertsOrder | Unset): Sort direction: `asc` (the default) or
            `desc`.
        after (str | Unset): Pagination cursor: the last alert ID of the previous page, to get the
            next one.
        before (str | Unset): Pagination cursor: the first alert ID of the current page, to get
            the one before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationSpendAlertListResource
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
        )
    ).parsed
