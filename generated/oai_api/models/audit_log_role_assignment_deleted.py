from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogRoleAssignmentDeleted")


@_attrs_define
class AuditLogRoleAssignmentDeleted:
    id: str | None = None
    principal_id: str | None = None
    principal_type: str | None = None
    resource_id: str | None = None
    resource_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_principal_id = (
            self.principal_id
            if self.principal_id is not None or "principal_id" in self._none_flips
            else UNSET
        )

        principal_id = _v_principal_id

        _v_principal_type = (
            self.principal_type
            if self.principal_type is not None or "principal_type" in self._none_flips
            else UNSET
        )

        principal_type = _v_principal_type

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if principal_id is not UNSET:
            field_dict["principal_id"] = principal_id
        if principal_type is not UNSET:
            field_dict["principal_type"] = principal_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type

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

        principal_id = d.pop("principal_id", UNSET)
        if principal_id is None and strict_parsing.get():
            raise TypeError("principal_id")

        if principal_id is None or principal_id is UNSET:
            if principal_id is None:
                _none_flips += ("principal_id",)
            principal_id = None

        principal_type = d.pop("principal_type", UNSET)
        if principal_type is None and strict_parsing.get():
            raise TypeError("principal_type")

        if principal_type is None or principal_type is UNSET:
            if principal_type is None:
                _none_flips += ("principal_type",)
            principal_type = None

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

        audit_log_role_assignment_deleted = cls(
            id=id,
            principal_id=principal_id,
            principal_type=principal_type,
            resource_id=resource_id,
            resource_type=resource_type,
        )
        if _none_flips:
            audit_log_role_assignment_deleted._none_flips = _none_flips

        audit_log_role_assignment_deleted.additional_properties = d
        return audit_log_role_assignment_deleted

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
