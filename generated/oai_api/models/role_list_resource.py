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
from ..models.role_list_resource_object import (
    RoleListResourceObject,
    check_role_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assigned_role_details import AssignedRoleDetails


@_attrs_define(repr=False)
class RoleListResource(_OpenModel):
    """A page of roles held by a user or group, with a `next` cursor."""

    object_: RoleListResourceObject

    data: list[AssignedRoleDetails]

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
        from ..models.assigned_role_details import AssignedRoleDetails

        return fields(
            ("object_", "object", REQUIRED, check_role_list_resource_object),
            ("data", "data", REQUIRED, list_of(AssignedRoleDetails)),
            ("has_more", "has_more", REQUIRED, None),
            ("next_", "next", REQUIRED_OR_NULL, one_of(str, None)),
        )
