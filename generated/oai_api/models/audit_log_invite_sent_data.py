from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogInviteSentData")


@_attrs_define
class AuditLogInviteSentData:
    email: str | None = None
    role: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_email = (
            self.email
            if self.email is not None or "email" in self._none_flips
            else UNSET
        )

        email = _v_email

        _v_role = (
            self.role if self.role is not None or "role" in self._none_flips else UNSET
        )

        role = _v_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        email = d.pop("email", UNSET)
        if email is None and strict_parsing.get():
            raise TypeError("email")

        if email is None or email is UNSET:
            if email is None:
                _none_flips += ("email",)
            email = None

        role = d.pop("role", UNSET)
        if role is None and strict_parsing.get():
            raise TypeError("role")

        if role is None or role is UNSET:
            if role is None:
                _none_flips += ("role",)
            role = None

        audit_log_invite_sent_data = cls(
            email=email,
            role=role,
        )
        if _none_flips:
            audit_log_invite_sent_data._none_flips = _none_flips

        audit_log_invite_sent_data.additional_properties = d
        return audit_log_invite_sent_data

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
