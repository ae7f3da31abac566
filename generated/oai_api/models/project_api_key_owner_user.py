from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ProjectApiKeyOwnerUser")


@_attrs_define
class ProjectApiKeyOwnerUser:
    """Owner of a project API key when that owner is a user."""

    id: str
    email: str
    name: str
    created_at: int
    role: str
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

        _v_email = (
            self.email
            if self.email is not None or "email" not in self._none_flips
            else UNSET
        )

        email = _v_email

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
                    "id": id,
                    "email": email,
                    "name": name,
                    "created_at": created_at,
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
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        email = d.pop("email", UNSET)
        if (email is None or isinstance(email, Unset)) and strict_parsing.get():
            raise KeyError("email")

        if email is None or email is UNSET:
            if email is UNSET:
                _none_flips += ("email",)
            email = None

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

        role = d.pop("role", UNSET)
        if (role is None or isinstance(role, Unset)) and strict_parsing.get():
            raise KeyError("role")

        if role is None or role is UNSET:
            if role is UNSET:
                _none_flips += ("role",)
            role = None

        project_api_key_owner_user = cls(
            id=id,
            email=email,
            name=name,
            created_at=created_at,
            role=role,
        )
        if _none_flips:
            project_api_key_owner_user._none_flips = _none_flips

        project_api_key_owner_user.additional_properties = d
        return project_api_key_owner_user

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
