from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_user_assignment_object import (
    GroupUserAssignmentObject,
    check_group_user_assignment_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="GroupUserAssignment")


@_attrs_define
class GroupUserAssignment:
    """Confirmation that a user was added, naming the user and the group."""

    object_: GroupUserAssignmentObject
    user_id: str
    group_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_user_id = (
            self.user_id
            if self.user_id is not None or "user_id" not in self._none_flips
            else UNSET
        )

        user_id = _v_user_id

        _v_group_id = (
            self.group_id
            if self.group_id is not None or "group_id" not in self._none_flips
            else UNSET
        )

        group_id = _v_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "user_id": user_id,
                    "group_id": group_id,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_group_user_assignment_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        user_id = d.pop("user_id", UNSET)
        if (user_id is None or isinstance(user_id, Unset)) and strict_parsing.get():
            raise KeyError("user_id")

        if user_id is None or user_id is UNSET:
            if user_id is UNSET:
                _none_flips += ("user_id",)
            user_id = None

        group_id = d.pop("group_id", UNSET)
        if (group_id is None or isinstance(group_id, Unset)) and strict_parsing.get():
            raise KeyError("group_id")

        if group_id is None or group_id is UNSET:
            if group_id is UNSET:
                _none_flips += ("group_id",)
            group_id = None

        group_user_assignment = cls(
            object_=object_,
            user_id=user_id,
            group_id=group_id,
        )
        if _none_flips:
            group_user_assignment._none_flips = _none_flips

        group_user_assignment.additional_properties = d
        return group_user_assignment

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
