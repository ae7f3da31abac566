from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_object import RoleObject, check_role_object
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A role available in the Roles API: name, description, permissions and the resource type it applies to."""

    object_: RoleObject
    id: str
    name: str
    description: None | str
    permissions: list[str]
    resource_type: str
    predefined_role: bool
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

        _v_description = (
            self.description
            if self.description is not None or "description" not in self._none_flips
            else UNSET
        )

        if _v_description is None or isinstance(_v_description, Unset):
            description = _v_description
        else:
            description: None | str
            description = _v_description

        _v_permissions = (
            self.permissions
            if self.permissions is not None or "permissions" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_permissions, list):
            permissions = _v_permissions
        else:
            permissions = _v_permissions

        _v_resource_type = (
            self.resource_type
            if self.resource_type is not None or "resource_type" not in self._none_flips
            else UNSET
        )

        resource_type = _v_resource_type

        _v_predefined_role = (
            self.predefined_role
            if self.predefined_role is not None
            or "predefined_role" not in self._none_flips
            else UNSET
        )

        predefined_role = _v_predefined_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "name": name,
                    "description": description,
                    "permissions": permissions,
                    "resource_type": resource_type,
                    "predefined_role": predefined_role,
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
                object_ = check_role_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

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

        _description_raw = d.pop("description", UNSET)
        if _description_raw is None or isinstance(_description_raw, Unset):
            if isinstance(_description_raw, Unset) and strict_parsing.get():
                raise KeyError("description")

            if _description_raw is UNSET:
                _none_flips += ("description",)
            description = None

        else:
            try:

                def _parse_description(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                description = _parse_description(_description_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                description = _description_raw

        _permissions_raw = d.pop("permissions", UNSET)
        if _permissions_raw is None or isinstance(_permissions_raw, Unset):
            if strict_parsing.get():
                raise KeyError("permissions")

            if _permissions_raw is UNSET:
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
        if (
            resource_type is None or isinstance(resource_type, Unset)
        ) and strict_parsing.get():
            raise KeyError("resource_type")

        if resource_type is None or resource_type is UNSET:
            if resource_type is UNSET:
                _none_flips += ("resource_type",)
            resource_type = None

        predefined_role = d.pop("predefined_role", UNSET)
        if (
            predefined_role is None or isinstance(predefined_role, Unset)
        ) and strict_parsing.get():
            raise KeyError("predefined_role")

        if predefined_role is None or predefined_role is UNSET:
            if predefined_role is UNSET:
                _none_flips += ("predefined_role",)
            predefined_role = None

        role = cls(
            object_=object_,
            id=id,
            name=name,
            description=description,
            permissions=permissions,
            resource_type=resource_type,
            predefined_role=predefined_role,
        )
        if _none_flips:
            role._none_flips = _none_flips

        role.additional_properties = d
        return role

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
