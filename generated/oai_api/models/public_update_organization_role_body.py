from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="PublicUpdateOrganizationRoleBody")


@_attrs_define
class PublicUpdateOrganizationRoleBody:
    """Role fields to change; omitted ones stay as they are."""

    permissions: list[str] | None = None
    """ New set of permissions, replacing the current one. """
    description: None | str = None
    """ New description. """
    role_name: None | str = None
    """ New role name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_permissions = (
            self.permissions
            if self.permissions is not None or "permissions" in self._none_flips
            else UNSET
        )

        permissions: list[str] | None | Unset
        if isinstance(_v_permissions, Unset):
            permissions = UNSET
        elif isinstance(_v_permissions, list):
            permissions = _v_permissions

        else:
            permissions = _v_permissions

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description: None | str | Unset
        if isinstance(_v_description, Unset):
            description = UNSET
        else:
            description = _v_description

        _v_role_name = (
            self.role_name
            if self.role_name is not None or "role_name" in self._none_flips
            else UNSET
        )

        role_name: None | str | Unset
        if isinstance(_v_role_name, Unset):
            role_name = UNSET
        else:
            role_name = _v_role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if description is not UNSET:
            field_dict["description"] = description
        if role_name is not UNSET:
            field_dict["role_name"] = role_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _permissions_raw = d.pop("permissions", UNSET)
        if _permissions_raw is None or isinstance(_permissions_raw, Unset):
            if _permissions_raw is None:
                _none_flips += ("permissions",)
            permissions = None

        else:

            def _parse_permissions(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    permissions_type_0 = cast(list[str], data)

                    return permissions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(list[str] | None | Unset, data)

            permissions = _parse_permissions(_permissions_raw)

        _description_raw = d.pop("description", UNSET)
        if _description_raw is None or isinstance(_description_raw, Unset):
            if _description_raw is None:
                _none_flips += ("description",)
            description = None

        else:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            description = _parse_description(_description_raw)

        _role_name_raw = d.pop("role_name", UNSET)
        if _role_name_raw is None or isinstance(_role_name_raw, Unset):
            if _role_name_raw is None:
                _none_flips += ("role_name",)
            role_name = None

        else:

            def _parse_role_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            role_name = _parse_role_name(_role_name_raw)

        public_update_organization_role_body = cls(
            permissions=permissions,
            description=description,
            role_name=role_name,
        )
        if _none_flips:
            public_update_organization_role_body._none_flips = _none_flips

        public_update_organization_role_body.additional_properties = d
        return public_update_organization_role_body

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
