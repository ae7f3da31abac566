from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.user_list_resource_object import (
    UserListResourceObject,
    check_user_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.group_user import GroupUser


@_attrs_define(repr=False)
class UserListResource(_OpenModel):
    """One page of group members, with `has_more` and a `next` cursor."""

    object_: UserListResourceObject

    data: list[GroupUser]

    has_more: bool

    next_: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "has_more", "next", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.group_user import GroupUser

        return fields(
            ("object_", "object", REQUIRED, check_user_list_resource_object),
            ("data", "data", REQUIRED, list_of(GroupUser)),
            ("has_more", "has_more", REQUIRED, None),
            ("next_", "next", REQUIRED_OR_NULL, one_of(str, None)),
        )
