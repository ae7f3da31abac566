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
from ..models.role_object import RoleObject, check_role_object

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Role(_OpenModel):
    """A role available in the Roles API: name, description, permissions and the resource type it applies to."""

    object_: RoleObject

    id: str

    name: str

    description: None | str

    permissions: list[str]

    resource_type: str

    predefined_role: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "description",
        "id",
        "name",
        "object",
        "permissions",
        "predefined_role",
        "resource_type",
    )
    _tags = {"object": ("role",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_role_object),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("description", "description", REQUIRED_OR_NULL, one_of(str, None)),
            ("permissions", "permissions", REQUIRED, list_of(None)),
            ("resource_type", "resource_type", REQUIRED, None),
            ("predefined_role", "predefined_role", REQUIRED, None),
        )
