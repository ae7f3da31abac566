from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.group_user_assignment_object import (
    GroupUserAssignmentObject,
    check_group_user_assignment_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class GroupUserAssignment(_OpenModel):
    """Confirmation that a user was added, naming the user and the group."""

    object_: GroupUserAssignmentObject

    user_id: str

    group_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("group_id", "object", "user_id")
    _tags = {"object": ("group.user",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_group_user_assignment_object),
            ("user_id", "user_id", REQUIRED, None),
            ("group_id", "group_id", REQUIRED, None),
        )
