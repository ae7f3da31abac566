from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_response_group_type import (
    GroupResponseGroupType,
    check_group_response_group_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="GroupResponse")


@_attrs_define
class GroupResponse:
    """An organization group: ID, name, creation time, type and whether SCIM manages it."""

    id: str
    name: str
    created_at: int
    is_scim_managed: bool
    group_type: GroupResponseGroupType
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

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_is_scim_managed = (
            self.is_scim_managed
            if self.is_scim_managed is not None
            or "is_scim_managed" not in self._none_flips
            else UNSET
        )

        is_scim_managed = _v_is_scim_managed

        _v_group_type = (
            self.group_type
            if self.group_type is not None or "group_type" not in self._none_flips
            else UNSET
        )

        if _v_group_type is None or isinstance(_v_group_type, Unset):
            group_type = _v_group_type
        else:
            group_type: str = _v_group_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "name": name,
                    "created_at": created_at,
                    "is_scim_managed": is_scim_managed,
                    "group_type": group_type,
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
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        is_scim_managed = d.pop("is_scim_managed", UNSET)
        if (
            is_scim_managed is None or isinstance(is_scim_managed, Unset)
        ) and strict_parsing.get():
            raise KeyError("is_scim_managed")

        if is_scim_managed is None or is_scim_managed is UNSET:
            if is_scim_managed is UNSET:
                _none_flips += ("is_scim_managed",)
            is_scim_managed = None

        _group_type_raw = d.pop("group_type", UNSET)
        if _group_type_raw is None or isinstance(_group_type_raw, Unset):
            if strict_parsing.get():
                raise KeyError("group_type")

            if _group_type_raw is UNSET:
                _none_flips += ("group_type",)
            group_type = None

        else:
            try:
                group_type = check_group_response_group_type(_group_type_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                group_type = _group_type_raw

        group_response = cls(
            id=id,
            name=name,
            created_at=created_at,
            is_scim_managed=is_scim_managed,
            group_type=group_type,
        )
        if _none_flips:
            group_response._none_flips = _none_flips

        group_response.additional_properties = d
        return group_response

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
