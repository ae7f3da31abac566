from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_project_service_account_body_role import (
    UpdateProjectServiceAccountBodyRole,
    check_update_project_service_account_body_role,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="UpdateProjectServiceAccountBody")


@_attrs_define
class UpdateProjectServiceAccountBody:
    """Service account fields to change; omitted ones stay as they are."""

    name: str | None = None
    """ New name for the service account. """
    role: UpdateProjectServiceAccountBodyRole | None = None
    """ New role: `member` or `owner`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_role = (
            self.role if self.role is not None or "role" in self._none_flips else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str | Unset = UNSET
            if not isinstance(_v_role, Unset):
                role = _v_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if _role_raw is None and strict_parsing.get():
                raise TypeError("role")

            if _role_raw is None:
                _none_flips += ("role",)
            role = None

        else:
            _role = _role_raw
            role: UpdateProjectServiceAccountBodyRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = check_update_project_service_account_body_role(_role)

        update_project_service_account_body = cls(
            name=name,
            role=role,
        )
        if _none_flips:
            update_project_service_account_body._none_flips = _none_flips

        update_project_service_account_body.additional_properties = d
        return update_project_service_account_body

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
