from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_user_object import ProjectUserObject, check_project_user_object
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ProjectUser")


@_attrs_define
class ProjectUser:
    """A user's membership in a project, with role and date added."""

    object_: ProjectUserObject
    id: str
    role: str
    added_at: int
    name: None | str = None
    email: None | str = None
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

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        role = _v_role

        _v_added_at = (
            self.added_at
            if self.added_at is not None or "added_at" not in self._none_flips
            else UNSET
        )

        added_at = _v_added_at

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

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
                    "object": object_,
                    "id": id,
                    "role": role,
                    "added_at": added_at,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

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
                object_ = check_project_user_object(_object__raw)

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

        role = d.pop("role", UNSET)
        if (role is None or isinstance(role, Unset)) and strict_parsing.get():
            raise KeyError("role")

        if role is None or role is UNSET:
            if role is UNSET:
                _none_flips += ("role",)
            role = None

        added_at = d.pop("added_at", UNSET)
        if (added_at is None or isinstance(added_at, Unset)) and strict_parsing.get():
            raise KeyError("added_at")

        if added_at is None or added_at is UNSET:
            if added_at is UNSET:
                _none_flips += ("added_at",)
            added_at = None

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

        project_user = cls(
            object_=object_,
            id=id,
            role=role,
            added_at=added_at,
            name=name,
            email=email,
        )
        if _none_flips:
            project_user._none_flips = _none_flips

        project_user.additional_properties = d
        return project_user

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
