from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogRoleCreated")


@_attrs_define
class AuditLogRoleCreated:
    id: str | None = None
    role_name: str | None = None
    permissions: list[str] | None = None
    resource_type: str | None = None
    resource_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_role_name = (
            self.role_name
            if self.role_name is not None or "role_name" in self._none_flips
            else UNSET
        )

        role_name = _v_role_name

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

        _v_resource_type = (
            self.resource_type
            if self.resource_type is not None or "resource_type" in self._none_flips
            else UNSET
        )

        resource_type = _v_resource_type

        _v_resource_id = (
            self.resource_id
            if self.resource_id is not None or "resource_id" in self._none_flips
            else UNSET
        )

        resource_id = _v_resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id

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

        role_name = d.pop("role_name", UNSET)
        if role_name is None and strict_parsing.get():
            raise TypeError("role_name")

        if role_name is None or role_name is UNSET:
            if role_name is None:
                _none_flips += ("role_name",)
            role_name = None

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

        resource_type = d.pop("resource_type", UNSET)
        if resource_type is None and strict_parsing.get():
            raise TypeError("resource_type")

        if resource_type is None or resource_type is UNSET:
            if resource_type is None:
                _none_flips += ("resource_type",)
            resource_type = None

        resource_id = d.pop("resource_id", UNSET)
        if resource_id is None and strict_parsing.get():
            raise TypeError("resource_id")

        if resource_id is None or resource_id is UNSET:
            if resource_id is None:
                _none_flips += ("resource_id",)
            resource_id = None

        audit_log_role_created = cls(
            id=id,
            role_name=role_name,
            permissions=permissions,
            resource_type=resource_type,
            resource_id=resource_id,
        )
        if _none_flips:
            audit_log_role_created._none_flips = _none_flips

        audit_log_role_created.additional_properties = d
        return audit_log_role_created

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
