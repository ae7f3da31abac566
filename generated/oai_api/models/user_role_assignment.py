from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.user_role_assignment_object import (
    UserRoleAssignmentObject,
    check_user_role_assignment_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.role import Role
    from ..models.user import User


@_attrs_define(repr=False)
class UserRoleAssignment(_OpenModel):
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
    _keys = ("object", "role", "user")
    _tags = {"object": ("user.role",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.role import Role
        from ..models.user import User

        return fields(
            ("object_", "object", REQUIRED, check_user_role_assignment_object),
            ("user", "user", REQUIRED, User),
            ("role", "role", REQUIRED, Role),
        )
