from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PublicCreateOrganizationRoleBody")


@_attrs_define
class PublicCreateOrganizationRoleBody:
    """Name, permissions and optional description of a new custom role."""

    role_name: str
    """ Name of the role; must be unique. """
    permissions: list[str]
    """ Names of the permissions the role grants. """
    description: None | str = None
    """ Free-text note on what the role is for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_role_name = (
            self.role_name
            if self.role_name is not None or "role_name" not in self._none_flips
            else UNSET
        )

        role_name = _v_role_name

        _v_permissions = (
            self.permissions
            if self.permissions is not None or "permissions" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_permissions, list):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "role_name": role_name,
                    "permissions": permissions,
                }.items()
                if v is not UNSET
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        role_name = d.pop("role_name", UNSET)
        if role_name is None or isinstance(role_name, Unset):
            raise KeyError(
                "PublicCreateOrganizationRoleBody: required field role_name is missing"
            )

        if role_name is None or role_name is UNSET:
            if role_name is UNSET:
                _none_flips += ("role_name",)
            role_name = None

        _permissions_raw = d.pop("permissions", UNSET)
        if _permissions_raw is None or isinstance(_permissions_raw, Unset):
            raise KeyError(
                "PublicCreateOrganizationRoleBody: required field permissions is missing"
            )

        else:
            permissions = cast(list[str], _permissions_raw)

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

        public_create_organization_role_body = cls(
            role_name=role_name,
            permissions=permissions,
            description=description,
        )
        if _none_flips:
            public_create_organization_role_body._none_flips = _none_flips

        public_create_organization_role_body.additional_properties = d
        return public_create_organization_role_body

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
