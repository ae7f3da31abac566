from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="GroupUser")


@_attrs_define
class GroupUser:
    """A group member as shown in membership listings: ID, name and email."""

    id: str
    name: str
    email: None | str
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "name": name,
                    "email": email,
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

        group_user = cls(
            id=id,
            name=name,
            email=email,
        )
        if _none_flips:
            group_user._none_flips = _none_flips

        group_user.additional_properties = d
        return group_user

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
