from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="AdminApiKeyOwner")


@_attrs_define
class AdminApiKeyOwner:
    type_: str | None = None
    object_: str | None = None
    id: str | None = None
    name: str | None = None
    created_at: int | None = None
    role: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        type_ = _v_type_

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" in self._none_flips
            else UNSET
        )

        object_ = _v_object_

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_role = (
            self.role if self.role is not None or "role" in self._none_flips else UNSET
        )

        role = _v_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        type_ = d.pop("type", UNSET)
        if type_ is None and strict_parsing.get():
            raise TypeError("type")

        if type_ is None or type_ is UNSET:
            if type_ is None:
                _none_flips += ("type_",)
            type_ = None

        object_ = d.pop("object", UNSET)
        if object_ is None and strict_parsing.get():
            raise TypeError("object")

        if object_ is None or object_ is UNSET:
            if object_ is None:
                _none_flips += ("object_",)
            object_ = None

        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        created_at = d.pop("created_at", UNSET)
        if created_at is None and strict_parsing.get():
            raise TypeError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is None:
                _none_flips += ("created_at",)
            created_at = None

        role = d.pop("role", UNSET)
        if role is None and strict_parsing.get():
            raise TypeError("role")

        if role is None or role is UNSET:
            if role is None:
                _none_flips += ("role",)
            role = None

        admin_api_key_owner = cls(
            type_=type_,
            object_=object_,
            id=id,
            name=name,
            created_at=created_at,
            role=role,
        )
        if _none_flips:
            admin_api_key_owner._none_flips = _none_flips

        admin_api_key_owner.additional_properties = d
        return admin_api_key_owner

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
