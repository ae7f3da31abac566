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
from ..models.group_list_resource_object import (
    GroupListResourceObject,
    check_group_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.group_response import GroupResponse


@_attrs_define(repr=False)
class GroupListResource(_OpenModel):
    """A page of the organization's groups, with a `next` cursor."""

    object_: GroupListResourceObject

    data: list[GroupResponse]

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
        from ..models.group_response import GroupResponse

        return fields(
            ("object_", "object", REQUIRED, check_group_list_resource_object),
            ("data", "data", REQUIRED, list_of(GroupResponse)),
            ("has_more", "has_more", REQUIRED, None),
            ("next_", "next", REQUIRED_OR_NULL, one_of(str, None)),
        )
