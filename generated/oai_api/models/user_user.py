from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_user_object import UserUserObject, check_user_user_object
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="UserUser")


@_attrs_define
class UserUser:
    object_: UserUserObject
    id: str
    email: None | str = None
    name: None | str = None
    picture: None | str = None
    enabled: bool | None = None
    banned: bool | None = None
    banned_at: int | None = None
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

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

        _v_picture = (
            self.picture
            if self.picture is not None or "picture" in self._none_flips
            else UNSET
        )

        picture: None | str | Unset
        if isinstance(_v_picture, Unset):
            picture = UNSET
        else:
            picture = _v_picture

        _v_enabled = (
            self.enabled
            if self.enabled is not None or "enabled" in self._none_flips
            else UNSET
        )

        enabled: bool | None | Unset
        if isinstance(_v_enabled, Unset):
            enabled = UNSET
        else:
            enabled = _v_enabled

        _v_banned = (
            self.banned
            if self.banned is not None or "banned" in self._none_flips
            else UNSET
        )

        banned: bool | None | Unset
        if isinstance(_v_banned, Unset):
            banned = UNSET
        else:
            banned = _v_banned

        _v_banned_at = (
            self.banned_at
            if self.banned_at is not None or "banned_at" in self._none_flips
            else UNSET
        )

        banned_at: int | None | Unset
        if isinstance(_v_banned_at, Unset):
            banned_at = UNSET
        else:
            banned_at = _v_banned_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                }.items()
                if v is not UNSET
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if banned is not UNSET:
            field_dict["banned"] = banned
        if banned_at is not UNSET:
            field_dict["banned_at"] = banned_at

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
                object_ = check_user_user_object(_object__raw)

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

        _email_raw = d.pop("email", UNSET)
        if _email_raw is None or isinstance(_email_raw, Unset):
            if _email_raw is None:
                _none_flips += ("email",)
            email = None

        else:
            try:

                def _parse_email(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                email = _parse_email(_email_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                email = _email_raw

        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if _name_raw is None:
                _none_flips += ("name",)
            name = None

        else:
            try:

                def _parse_name(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                name = _parse_name(_name_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                name = _name_raw

        _picture_raw = d.pop("picture", UNSET)
        if _picture_raw is None or isinstance(_picture_raw, Unset):
            if _picture_raw is None:
                _none_flips += ("picture",)
            picture = None

        else:
            try:

                def _parse_picture(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                picture = _parse_picture(_picture_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                picture = _picture_raw

        _enabled_raw = d.pop("enabled", UNSET)
        if _enabled_raw is None or isinstance(_enabled_raw, Unset):
            if _enabled_raw is None:
                _none_flips += ("enabled",)
            enabled = None

        else:
            try:

                def _parse_enabled(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                enabled = _parse_enabled(_enabled_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                enabled = _enabled_raw

        _banned_raw = d.pop("banned", UNSET)
        if _banned_raw is None or isinstance(_banned_raw, Unset):
            if _banned_raw is None:
                _none_flips += ("banned",)
            banned = None

        else:
            try:

                def _parse_banned(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                banned = _parse_banned(_banned_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                banned = _banned_raw

        _banned_at_raw = d.pop("banned_at", UNSET)
        if _banned_at_raw is None or isinstance(_banned_at_raw, Unset):
            if _banned_at_raw is None:
                _none_flips += ("banned_at",)
            banned_at = None

        else:
            try:

                def _parse_banned_at(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                banned_at = _parse_banned_at(_banned_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                banned_at = _banned_at_raw

        user_user = cls(
            object_=object_,
            id=id,
            email=email,
            name=name,
            picture=picture,
            enabled=enabled,
            banned=banned,
            banned_at=banned_at,
        )
        if _none_flips:
            user_user._none_flips = _none_flips

        user_user.additional_properties = d
        return user_user

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
