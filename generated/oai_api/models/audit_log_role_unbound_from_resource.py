from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.audit_log_role_unbound_from_resource_source import (
    AuditLogRoleUnboundFromResourceSource,
    check_audit_log_role_unbound_from_resource_source,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AuditLogRoleUnboundFromResource(_OpenModel):
    id: str | None = None

    role_id: str | None = None

    resource_id: str | None = None

    resource_type: str | None = None

    permissions: list[str] | None = None

    workspace_id: str | None = None

    connector_id: str | None = None

    connector_name: str | None = None

    enabled: bool | None = None

    source: AuditLogRoleUnboundFromResourceSource | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "connector_id",
        "connector_name",
        "enabled",
        "id",
        "permissions",
        "resource_id",
        "resource_type",
        "role_id",
        "source",
        "workspace_id",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", OPTIONAL, None),
            ("role_id", "role_id", OPTIONAL, None),
            ("resource_id", "resource_id", OPTIONAL, None),
            ("resource_type", "resource_type", OPTIONAL, None),
            ("permissions", "permissions", OPTIONAL, list_of(None)),
            ("workspace_id", "workspace_id", OPTIONAL, None),
            ("connector_id", "connector_id", OPTIONAL, None),
            ("connector_name", "connector_name", OPTIONAL, None),
            ("enabled", "enabled", OPTIONAL, None),
            (
                "source",
                "source",
                OPTIONAL,
                check_audit_log_role_unbound_from_resource_source,
            ),
        )
