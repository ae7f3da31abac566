from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="InviteProjectGroupBody")


@_attrs_define
class InviteProjectGroupBody:
    """Body for adding a group to a project: the group and the project role it gets."""

    group_id: str
    """ ID of the group that gains access. """
    role: str
    """ ID of the project role the group receives. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_group_id = (
            self.group_id
            if self.group_id is not None or "group_id" not in self._none_flips
            else UNSET
        )

        group_id = _v_group_id

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        role = _v_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "group_id": group_id,
                    "role": role,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        group_id = d.pop("group_id", UNSET)
        if group_id is None or isinstance(group_id, Unset):
            raise KeyError("InviteProjectGroupBody: required field group_id is missing")

        if group_id is None or group_id is UNSET:
            if group_id is UNSET:
                _none_flips += ("group_id",)
            group_id = None

        role = d.pop("role", UNSET)
        if role is None or isinstance(role, Unset):
            raise KeyError("InviteProjectGroupBody: required field role is missing")

        if role is None or role is UNSET:
            if role is UNSET:
                _none_flips += ("role",)
            role = None

        invite_project_group_body = cls(
            group_id=group_id,
            role=role,
        )
        if _none_flips:
            invite_project_group_body._none_flips = _none_flips

        invite_project_group_body.additional_properties = d
        return invite_project_group_body

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
