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
    from ..models.audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem,
    )


@_attrs_define(repr=False)
class AuditLogIpAllowlistConfigActivated(_OpenModel):
    configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("configs",)

    @staticmethod
    def _fields() -> Table:
        from ..models.audit_log_ip_allowlist_config_activated_configs_item import (
            AuditLogIpAllowlistConfigActivatedConfigsItem,
        )

        return fields(
            (
                "configs",
                "configs",
                OPTIONAL,
                list_of(AuditLogIpAllowlistConfigActivatedConfigsItem),
            ),
        )
