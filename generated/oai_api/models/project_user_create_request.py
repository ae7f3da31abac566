from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectUserCreateRequest")


@_attrs_define
class ProjectUserCreateRequest:
    """Who to add to a project, by user ID or email, and with which role."""

    role: str
    """ Project role to grant: `owner` or `member`. """
    user_id: None | str = None
    """ ID of the organization member to add; give this or `email`. """
    email: None | str = None
    """ Email of the organization member to add; give this or `user_id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        role = _v_role

        _v_user_id = (
            self.user_id
            if self.user_id is not None or "user_id" in self._none_flips
            else UNSET
        )

        user_id: None | str | Unset
        if isinstance(_v_user_id, Unset):
            user_id = UNSET
        else:
            user_id = _v_user_id

        _v_email = (
            self.email
            if self.email is not None or "email" in self._none_flips
            else UNSET
        )

        email: None | str | Unset
        if isinstance(_v_email, Unset):
            email = UNSET
        else:
            email = _v_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "role": role,
                }.items()
                if v is not UNSET
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        role = d.pop("role", UNSET)
        if role is None or isinstance(role, Unset):
            raise KeyError("ProjectUserCreateRequest: required field role is missing")

        if role is None or role is UNSET:
            if role is UNSET:
                _none_flips += ("role",)
            role = None

        _user_id_raw = d.pop("user_id", UNSET)
        if _user_id_raw is None or isinstance(_user_id_raw, Unset):
            if _user_id_raw is None:
                _none_flips += ("user_id",)
            user_id = None

        else:

            def _parse_user_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            user_id = _parse_user_id(_user_id_raw)

        _email_raw = d.pop("email", UNSET)
        if _email_raw is None or isinstance(_email_raw, Unset):
            if _email_raw is None:
                _none_flips += ("email",)
            email = None

        else:

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            email = _parse_email(_email_raw)

        project_user_create_request = cls(
            role=role,
            user_id=user_id,
            email=email,
        )
        if _none_flips:
            project_user_create_request._none_flips = _none_flips

        project_user_create_request.additional_properties = d
        return project_user_create_request

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
