from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role_assignment_object import (
    UserRoleAssignmentObject,
    check_user_role_assignment_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.role import Role
    from ..models.user import User


T = TypeVar("T", bound="UserRoleAssignment")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, Role, User
    from ..models.role import Role
    from ..models.user import User

    _models_bound = True


@_attrs_define
class UserRoleAssignment:
    """Links one user to one role, naming both."""

    object_: UserRoleAssignmentObject
    user: User
    """ A member of the organization, with role, join time and profile details. """
    role: Role
    """ A role available in the Roles API: name, description, permissions and the resource type it applies to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_user = (
            self.user
            if self.user is not None or "user" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_user, User):
            user = _v_user
        else:
            user = _v_user.to_dict()

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_role, Role):
            role = _v_role
        else:
            role = _v_role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "user": user,
                    "role": role,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                object_ = check_user_role_assignment_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _user_raw = d.pop("user", UNSET)
        if _user_raw is None or isinstance(_user_raw, Unset):
            if strict_parsing.get():
                raise KeyError("user")

            if _user_raw is UNSET:
                _none_flips += ("user",)
            user = None

        else:
            try:
                user = User.from_dict(_user_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user = _user_raw

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = Role.from_dict(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        user_role_assignment = cls(
            object_=object_,
            user=user,
            role=role,
        )
        if _none_flips:
            user_role_assignment._none_flips = _none_flips

        user_role_assignment.additional_properties = d
        return user_role_assignment

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
