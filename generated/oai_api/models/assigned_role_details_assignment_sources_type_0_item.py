from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="AssignedRoleDetailsAssignmentSourcesType0Item")


@_attrs_define
class AssignedRoleDetailsAssignmentSourcesType0Item:
    principal_id: str
    principal_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_principal_id = (
            self.principal_id
            if self.principal_id is not None or "principal_id" not in self._none_flips
            else UNSET
        )

        principal_id = _v_principal_id

        _v_principal_type = (
            self.principal_type
            if self.principal_type is not None
            or "principal_type" not in self._none_flips
            else UNSET
        )

        principal_type = _v_principal_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "principal_id": principal_id,
                    "principal_type": principal_type,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        principal_id = d.pop("principal_id", UNSET)
        if (
            principal_id is None or isinstance(principal_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("principal_id")

        if principal_id is None or principal_id is UNSET:
            if principal_id is UNSET:
                _none_flips += ("principal_id",)
            principal_id = None

        principal_type = d.pop("principal_type", UNSET)
        if (
            principal_type is None or isinstance(principal_type, Unset)
        ) and strict_parsing.get():
            raise KeyError("principal_type")

        if principal_type is None or principal_type is UNSET:
            if principal_type is UNSET:
                _none_flips += ("principal_type",)
            principal_type = None

        assigned_role_details_assignment_sources_type_0_item = cls(
            principal_id=principal_id,
            principal_type=principal_type,
        )
        if _none_flips:
            assigned_role_details_assignment_sources_type_0_item._none_flips = (
                _none_flips
            )

        assigned_role_details_assignment_sources_type_0_item.additional_properties = d
        return assigned_role_details_assignment_sources_type_0_item

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
