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
    from ..models.audit_log_workload_identity_provider_mapping_created_data import (
        AuditLogWorkloadIdentityProviderMappingCreatedData,
    )


@_attrs_define(repr=False)
class AuditLogWorkloadIdentityProviderMappingCreated(_OpenModel):
    id: str | None = None

    identity_provider_id: str | None = None

    data: AuditLogWorkloadIdentityProviderMappingCreatedData | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "id", "identity_provider_id")

    @staticmethod
    def _fields() -> Table:
        from ..models.audit_log_workload_identity_provider_mapping_created_data import (
            AuditLogWorkloadIdentityProviderMappingCreatedData,
        )

        return fields(
            ("id", "id", OPTIONAL, None),
            ("identity_provider_id", "identity_provider_id", OPTIONAL, None),
            (
                "data",
                "data",
                OPTIONAL,
                AuditLogWorkloadIdentityProviderMappingCreatedData,
            ),
        )
