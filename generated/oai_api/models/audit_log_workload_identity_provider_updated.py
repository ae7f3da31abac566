from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.audit_log_workload_identity_provider_updated_changes_requested import (
        AuditLogWorkloadIdentityProviderUpdatedChangesRequested,
    )


@_attrs_define(repr=False)
class AuditLogWorkloadIdentityProviderUpdated(_OpenModel):
    id: str | None = None

    changes_requested: (
        AuditLogWorkloadIdentityProviderUpdatedChangesRequested | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("changes_requested", "id")

    @staticmethod
    def _fields() -> Table:
        from ..models.audit_log_workload_identity_provider_updated_changes_requested import (
            AuditLogWorkloadIdentityProviderUpdatedChangesRequested,
        )

        return fields(
            ("id", "id", OPTIONAL, None),
            (
                "changes_requested",
                "changes_requested",
                OPTIONAL,
                AuditLogWorkloadIdentityProviderUpdatedChangesRequested,
            ),
        )
