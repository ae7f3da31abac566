from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.group_role_assignment_object import (
    GroupRoleAssignmentObject,
    check_group_role_assignment_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.group import Group
    from ..models.role import Role


@_attrs_define(repr=False)
class GroupRoleAssignment(_OpenModel):
    """Link between a group and a role it holds."""

    object_: GroupRoleAssignmentObject

    group: Group
    """ Short form of a group as shown inside role assignments. """
    role: Role
    """ A role available in the Roles API: name, description, permissions and the resource type it applies to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("group", "object", "role")
    _tags = {"object": ("group.role",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.group import Group
        from ..models.role import Role

        return fields(
            ("object_", "object", REQUIRED, check_group_role_assignment_object),
            ("group", "group", REQUIRED, Group),
            ("role", "role", REQUIRED, Role),
        )
