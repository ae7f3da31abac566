from http import HTTPStatus
from typing import Any

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.audit_log_event_type import AuditLogEventType
from ...models.error_response import ErrorResponse
from ...models.list_audit_logs_effective_at import ListAuditLogsEffectiveAt
from ...models.list_audit_logs_response import ListAuditLogsResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    tenant_only: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_effective_at: dict[str, Any] | Unset = UNSET
    if not isinstance(effective_at, Unset):
        json_effective_at = effective_at.to_dict()
    params["effective_at"] = json_effective_at

    json_project_ids: list[str] | Unset = UNSET
    if not isinstance(project_ids, Unset):
        json_project_ids = project_ids

    params["project_ids[]"] = json_project_ids

    json_event_types: list[str] | Unset = UNSET
    if not isinstance(event_types, Unset):
        json_event_types = []
        for event_types_item_data in event_types:
            event_types_item: str = event_types_item_data
            json_event_types.append(event_types_item)

    params["event_types[]"] = json_event_types

    json_actor_ids: list[str] | Unset = UNSET
    if not isinstance(actor_ids, Unset):
        json_actor_ids = actor_ids

    params["actor_ids[]"] = json_actor_ids

    json_actor_emails: list[str] | Unset = UNSET
    if not isinstance(actor_emails, Unset):
        json_actor_emails = actor_emails

    params["actor_emails[]"] = json_actor_emails

    json_resource_ids: list[str] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    params["resource_ids[]"] = json_resource_ids

    params["tenant_only"] = tenant_only

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/audit_logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAuditLogsResponse:
    if response.status_code == 200:
        response_200 = ListAuditLogsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[ErrorResponse | ListAuditLogsResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    tenant_only: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListAuditLogsResponse]:
    """List audit log events for the organization, filtered by time, project, actor, event type or
    resource.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset): Time window on the event's
            `effective_at`, in Unix seconds, given as `gt`, `gte`, `lt` and/or `lte` bounds.
        project_ids (list[str] | Unset): Keep only events that belong to one of these project IDs.
        event_types (list[AuditLogEventType] | Unset): Keep only events whose `type` is in this
            list, such as `project.created`.
        actor_ids (list[str] | Unset): Actor IDs to match; each may name a user, a service account
            or an API key (its tracking ID).
        actor_emails (list[str] | Unset): Match events whose acting user has one of these emails.
        resource_ids (list[str] | Unset): Keep only events that targeted these resource IDs (e.g.
            a project); for ChatGPT connector roles use `<workspace_id>__<connector_id>`.
        tenant_only (bool | Unset): If true, list only tenant-scoped events, such as
            `role.bound_to_resource`; every event type requested must then be tenant-scoped.
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        after (str | Unset): Pagination cursor: the ID of the last event seen; the page starts
            just after it.
        before (str | Unset): Pagination cursor: the ID of the first event seen; the page ends
            just before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAuditLogsResponse]
    """

    kwargs = _get_kwargs(
        effective_at=effective_at,
        project_ids=project_ids,
        event_types=event_types,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        resource_ids=resource_ids,
        tenant_only=tenant_only,
        limit=limit,
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
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    tenant_only: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListAuditLogsResponse | None:
    """List audit log events for the organization, filtered by time, project, actor, event type or
    resource.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset): Time window on the event's
            `effective_at`, in Unix seconds, given as `gt`, `gte`, `lt` and/or `lte` bounds.
        project_ids (list[str] | Unset): Keep only events that belong to one of these project IDs.
        event_types (list[AuditLogEventType] | Unset): Keep only events whose `type` is in this
            list, such as `project.created`.
        actor_ids (list[str] | Unset): Actor IDs to match; each may name a user, a service account
            or an API key (its tracking ID).
        actor_emails (list[str] | Unset): Match events whose acting user has one of these emails.
        resource_ids (list[str] | Unset): Keep only events that targeted these resource IDs (e.g.
            a project); for ChatGPT connector roles use `<workspace_id>__<connector_id>`.
        tenant_only (bool | Unset): If true, list only tenant-scoped events, such as
            `role.bound_to_resource`; every event type requested must then be tenant-scoped.
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        after (str | Unset): Pagination cursor: the ID of the last event seen; the page starts
            just after it.
        before (str | Unset): Pagination cursor: the ID of the first event seen; the page ends
            just before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAuditLogsResponse
    """

    return sync_detailed(
        client=client,
        effective_at=effective_at,
        project_ids=project_ids,
        event_types=event_types,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        resource_ids=resource_ids,
        tenant_only=tenant_only,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    tenant_only: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> _types.Response[ErrorResponse | ListAuditLogsResponse]:
    """List audit log events for the organization, filtered by time, project, actor, event type or
    resource.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset): Time window on the event's
            `effective_at`, in Unix seconds, given as `gt`, `gte`, `lt` and/or `lte` bounds.
        project_ids (list[str] | Unset): Keep only events that belong to one of these project IDs.
        event_types (list[AuditLogEventType] | Unset): Keep only events whose `type` is in this
            list, such as `project.created`.
        actor_ids (list[str] | Unset): Actor IDs to match; each may name a user, a service account
            or an API key (its tracking ID).
        actor_emails (list[str] | Unset): Match events whose acting user has one of these emails.
        resource_ids (list[str] | Unset): Keep only events that targeted these resource IDs (e.g.
            a project); for ChatGPT connector roles use `<workspace_id>__<connector_id>`.
        tenant_only (bool | Unset): If true, list only tenant-scoped events, such as
            `role.bound_to_resource`; every event type requested must then be tenant-scoped.
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        after (str | Unset): Pagination cursor: the ID of the last event seen; the page starts
            just after it.
        before (str | Unset): Pagination cursor: the ID of the first event seen; the page ends
            just before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAuditLogsResponse]
    """

    kwargs = _get_kwargs(
        effective_at=effective_at,
        project_ids=project_ids,
        event_types=event_types,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        resource_ids=resource_ids,
        tenant_only=tenant_only,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    tenant_only: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListAuditLogsResponse | None:
    """List audit log events for the organization, filtered by time, project, actor, event type or
    resource.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset): Time window on the event's
            `effective_at`, in Unix seconds, given as `gt`, `gte`, `lt` and/or `lte` bounds.
        project_ids (list[str] | Unset): Keep only events that belong to one of these project IDs.
        event_types (list[AuditLogEventType] | Unset): Keep only events whose `type` is in this
            list, such as `project.created`.
        actor_ids (list[str] | Unset): Actor IDs to match; each may name a user, a service account
            or an API key (its tracking ID).
        actor_emails (list[str] | Unset): Match events whose acting user has one of these emails.
        resource_ids (list[str] | Unset): Keep only events that targeted these resource IDs (e.g.
            a project); for ChatGPT connector roles use `<workspace_id>__<connector_id>`.
        tenant_only (bool | Unset): If true, list only tenant-scoped events, such as
            `role.bound_to_resource`; every event type requested must then be tenant-scoped.
        limit (int | Unset): Page size, 1 to 100; 20 if omitted.
        after (str | Unset): Pagination cursor: the ID of the last event seen; the page starts
            just after it.
        before (str | Unset): Pagination cursor: the ID of the first event seen; the page ends
            just before it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAuditLogsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            effective_at=effective_at,
            project_ids=project_ids,
            event_types=event_types,
            actor_ids=actor_ids,
            actor_emails=actor_emails,
            resource_ids=resource_ids,
            tenant_only=tenant_only,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
