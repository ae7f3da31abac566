from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_role_unbound_from_resource_source import (
    AuditLogRoleUnboundFromResourceSource,
    check_audit_log_role_unbound_from_resource_source,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogRoleUnboundFromResource")


@_attrs_define
class AuditLogRoleUnboundFromResource:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_role_id = (
            self.role_id
            if self.role_id is not None or "role_id" in self._none_flips
            else UNSET
        )

        role_id = _v_role_id

        _v_resource_id = (
            self.resource_id
            if self.resource_id is not None or "resource_id" in self._none_flips
            else UNSET
        )

        resource_id = _v_resource_id

        _v_resource_type = (
            self.resource_type
            if self.resource_type is not None or "resource_type" in self._none_flips
            else UNSET
        )

        resource_type = _v_resource_type

        _v_permissions = (
            self.permissions
            if self.permissions is not None or "permissions" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_permissions, list):
            permissions = _v_permissions
        else:
            permissions: list[str] | Unset = UNSET
            if not isinstance(_v_permissions, Unset):
                permissions = _v_permissions

        _v_workspace_id = (
            self.workspace_id
            if self.workspace_id is not None or "workspace_id" in self._none_flips
            else UNSET
        )

        workspace_id = _v_workspace_id

        _v_connector_id = (
            self.connector_id
            if self.connector_id is not None or "connector_id" in self._none_flips
            else UNSET
        )

        connector_id = _v_connector_id

        _v_connector_name = (
            self.connector_name
            if self.connector_name is not None or "connector_name" in self._none_flips
            else UNSET
        )

        connector_name = _v_connector_name

        _v_enabled = (
            self.enabled
            if self.enabled is not None or "enabled" in self._none_flips
            else UNSET
        )

        enabled = _v_enabled

        _v_source = (
            self.source
            if self.source is not None or "source" in self._none_flips
            else UNSET
        )

        if _v_source is None or isinstance(_v_source, Unset):
            source = _v_source
        else:
            source: str | Unset = UNSET
            if not isinstance(_v_source, Unset):
                source = _v_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if connector_name is not UNSET:
            field_dict["connector_name"] = connector_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        role_id = d.pop("role_id", UNSET)
        if role_id is None and strict_parsing.get():
            raise TypeError("role_id")

        if role_id is None or role_id is UNSET:
            if role_id is None:
                _none_flips += ("role_id",)
            role_id = None

        resource_id = d.pop("resource_id", UNSET)
        if resource_id is None and strict_parsing.get():
            raise TypeError("resource_id")

        if resource_id is None or resource_id is UNSET:
            if resource_id is None:
                _none_flips += ("resource_id",)
            resource_id = None

        resource_type = d.pop("resource_type", UNSET)
        if resource_type is None and strict_parsing.get():
            raise TypeError("resource_type")

        if resource_type is None or resource_type is UNSET:
            if resource_type is None:
                _none_flips += ("resource_type",)
            resource_type = None

        _permissions_raw = d.pop("permissions", UNSET)
        if _permissions_raw is None or isinstance(_permissions_raw, Unset):
            if _permissions_raw is None and strict_parsing.get():
                raise TypeError("permissions")

            if _permissions_raw is None:
                _none_flips += ("permissions",)
            permissions = None

        else:
            try:
                permissions = cast(list[str], _permissions_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                permissions = _permissions_raw

        workspace_id = d.pop("workspace_id", UNSET)
        if workspace_id is None and strict_parsing.get():
            raise TypeError("workspace_id")

        if workspace_id is None or workspace_id is UNSET:
            if workspace_id is None:
                _none_flips += ("workspace_id",)
            workspace_id = None

        connector_id = d.pop("connector_id", UNSET)
        if connector_id is None and strict_parsing.get():
            raise TypeError("connector_id")

        if connector_id is None or connector_id is UNSET:
            if connector_id is None:
                _none_flips += ("connector_id",)
            connector_id = None

        connector_name = d.pop("connector_name", UNSET)
        if connector_name is None and strict_parsing.get():
            raise TypeError("connector_name")

        if connector_name is None or connector_name is UNSET:
            if connector_name is None:
                _none_flips += ("connector_name",)
            connector_name = None

        enabled = d.pop("enabled", UNSET)
        if enabled is None and strict_parsing.get():
            raise TypeError("enabled")

        if enabled is None or enabled is UNSET:
            if enabled is None:
                _none_flips += ("enabled",)
            enabled = None

        _source_raw = d.pop("source", UNSET)
        if _source_raw is None or isinstance(_source_raw, Unset):
            if _source_raw is None and strict_parsing.get():
                raise TypeError("source")

            if _source_raw is None:
                _none_flips += ("source",)
            source = None

        else:
            try:
                _source = _source_raw
                source: AuditLogRoleUnboundFromResourceSource | Unset
                if isinstance(_source, Unset):
                    source = UNSET
                else:
                    source = check_audit_log_role_unbound_from_resource_source(_source)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                source = _source_raw

        audit_log_role_unbound_from_resource = cls(
            id=id,
            role_id=role_id,
            resource_id=resource_id,
            resource_type=resource_type,
            permissions=permissions,
            workspace_id=workspace_id,
            connector_id=connector_id,
            connector_name=connector_name,
            enabled=enabled,
            source=source,
        )
        if _none_flips:
            audit_log_role_unbound_from_resource._none_flips = _none_flips

        audit_log_role_unbound_from_resource.additional_properties = d
        return audit_log_role_unbound_from_resource

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
