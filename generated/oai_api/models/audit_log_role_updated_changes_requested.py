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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,
    )


@_attrs_define(repr=False)
class AuditLogRoleUpdatedChangesRequested(_OpenModel):
    role_name: str | None = None

    resource_id: str | None = None

    resource_type: str | None = None

    permissions_added: list[str] | None = None

    permissions_removed: list[str] | None = None

    description: str | None = None

    metadata: AuditLogRoleUpdatedChangesRequestedMetadata | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "description",
        "metadata",
        "permissions_added",
        "permissions_removed",
        "resource_id",
        "resource_type",
        "role_name",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.audit_log_role_updated_changes_requested_metadata import (
            AuditLogRoleUpdatedChangesRequestedMetadata,
        )

        return fields(
            ("role_name", "role_name", OPTIONAL, None),
            ("resource_id", "resource_id", OPTIONAL, None),
            ("resource_type", "resource_type", OPTIONAL, None),
            ("permissions_added", "permissions_added", OPTIONAL, list_of(None)),
            ("permissions_removed", "permissions_removed", OPTIONAL, list_of(None)),
            ("description", "description", OPTIONAL, None),
            (
                "metadata",
                "metadata",
                OPTIONAL,
                AuditLogRoleUpdatedChangesRequestedMetadata,
            ),
        )
