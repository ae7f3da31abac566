from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_member_user_user_type import (
    GroupMemberUserUserType,
    check_group_member_user_user_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="GroupMemberUser")


@_attrs_define
class GroupMemberUser:
    """A group member's profile: name, email, picture and whether it is a service account."""

    id: str
    name: str
    email: None | str
    picture: None | str
    is_service_account: bool | None
    user_type: GroupMemberUserUserType
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

        _v_email = (
            self.email
            if self.email is not None or "email" not in self._none_flips
            else UNSET
        )

        if _v_email is None or isinstance(_v_email, Unset):
            email = _v_email
        else:
            email: None | str
            email = _v_email

        _v_picture = (
            self.picture
            if self.picture is not None or "picture" not in self._none_flips
            else UNSET
        )

        if _v_picture is None or isinstance(_v_picture, Unset):
            picture = _v_picture
        else:
            picture: None | str
            picture = _v_picture

        _v_is_service_account = (
            self.is_service_account
            if self.is_service_account is not None
            or "is_service_account" not in self._none_flips
            else UNSET
        )

        if _v_is_service_account is None or isinstance(_v_is_service_account, Unset):
            is_service_account = _v_is_service_account
        else:
            is_service_account: bool | None
            is_service_account = _v_is_service_account

        _v_user_type = (
            self.user_type
            if self.user_type is not None or "user_type" not in self._none_flips
            else UNSET
        )

        if _v_user_type is None or isinstance(_v_user_type, Unset):
            user_type = _v_user_type
        else:
            user_type: str = _v_user_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "name": name,
                    "email": email,
                    "picture": picture,
                    "is_service_account": is_service_account,
                    "user_type": user_type,
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

        _email_raw = d.pop("email", UNSET)
        if _email_raw is None or isinstance(_email_raw, Unset):
            if isinstance(_email_raw, Unset) and strict_parsing.get():
                raise KeyError("email")

            if _email_raw is UNSET:
                _none_flips += ("email",)
            email = None

        else:
            try:

                def _parse_email(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                email = _parse_email(_email_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                email = _email_raw

        _picture_raw = d.pop("picture", UNSET)
        if _picture_raw is None or isinstance(_picture_raw, Unset):
            if isinstance(_picture_raw, Unset) and strict_parsing.get():
                raise KeyError("picture")

            if _picture_raw is UNSET:
                _none_flips += ("picture",)
            picture = None

        else:
            try:

                def _parse_picture(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                picture = _parse_picture(_picture_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                picture = _picture_raw

        _is_service_account_raw = d.pop("is_service_account", UNSET)
        if _is_service_account_raw is None or isinstance(
            _is_service_account_raw, Unset
        ):
            if isinstance(_is_service_account_raw, Unset) and strict_parsing.get():
                raise KeyError("is_service_account")

            if _is_service_account_raw is UNSET:
                _none_flips += ("is_service_account",)
            is_service_account = None

        else:
            try:

                def _parse_is_service_account(data: object) -> bool | None:
                    if data is None:
                        return data

                    return cast(bool | None, data)

                is_service_account = _parse_is_service_account(_is_service_account_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                is_service_account = _is_service_account_raw

        _user_type_raw = d.pop("user_type", UNSET)
        if _user_type_raw is None or isinstance(_user_type_raw, Unset):
            if strict_parsing.get():
                raise KeyError("user_type")

            if _user_type_raw is UNSET:
                _none_flips += ("user_type",)
            user_type = None

        else:
            try:
                user_type = check_group_member_user_user_type(_user_type_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user_type = _user_type_raw

        group_member_user = cls(
            id=id,
            name=name,
            email=email,
            picture=picture,
            is_service_account=is_service_account,
            user_type=user_type,
        )
        if _none_flips:
            group_member_user._none_flips = _none_flips

        group_member_user.additional_properties = d
        return group_member_user

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
