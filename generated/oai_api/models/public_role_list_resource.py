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
from ..models.public_role_list_resource_object import (
    PublicRoleListResourceObject,
    check_public_role_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.role import Role


@_attrs_define(repr=False)
class PublicRoleListResource(_OpenModel):
    """One page of the roles of an organization or project; `next` is the cursor for the following page."""

    object_: PublicRoleListResourceObject

    data: list[Role]

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
        from ..models.role import Role

        return fields(
            ("object_", "object", REQUIRED, check_public_role_list_resource_object),
            ("data", "data", REQUIRED, list_of(Role)),
            ("has_more", "has_more", REQUIRED, None),
            ("next_", "next", REQUIRED_OR_NULL, one_of(str, None)),
        )
