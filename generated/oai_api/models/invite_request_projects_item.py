from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_request_projects_item_role import (
    InviteRequestProjectsItemRole,
    check_invite_request_projects_item_role,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="InviteRequestProjectsItem")


@_attrs_define
class InviteRequestProjectsItem:
    id: str
    """ Public ID of the project. """
    role: InviteRequestProjectsItemRole
    """ Role in that project: `member` or `owner`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
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
        id = d.pop("id", UNSET)
        if id is None or isinstance(id, Unset):
            raise KeyError("InviteRequestProjectsItem: required field id is missing")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            raise KeyError("InviteRequestProjectsItem: required field role is missing")

        else:
            role = check_invite_request_projects_item_role(_role_raw)

        invite_request_projects_item = cls(
            id=id,
            role=role,
        )
        if _none_flips:
            invite_request_projects_item._none_flips = _none_flips

        invite_request_projects_item.additional_properties = d
        return invite_request_projects_item

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
