from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PublicAssignOrganizationGroupRoleBody")


@_attrs_define
class PublicAssignOrganizationGroupRoleBody:
    """Body for granting a role: just the role's ID."""

    role_id: str
    """ ID of the role to grant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_role_id = (
            self.role_id
            if self.role_id is not None or "role_id" not in self._none_flips
            else UNSET
        )

        role_id = _v_role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "role_id": role_id,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        role_id = d.pop("role_id", UNSET)
        if role_id is None or isinstance(role_id, Unset):
            raise KeyError(
                "PublicAssignOrganizationGroupRoleBody: required field role_id is missing"
            )

        if role_id is None or role_id is UNSET:
            if role_id is UNSET:
                _none_flips += ("role_id",)
            role_id = None

        public_assign_organization_group_role_body = cls(
            role_id=role_id,
        )
        if _none_flips:
            public_assign_organization_group_role_body._none_flips = _none_flips

        public_assign_organization_group_role_body.additional_properties = d
        return public_assign_organization_group_role_body

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
