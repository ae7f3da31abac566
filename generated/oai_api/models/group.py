from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.group_object import GroupObject, check_group_object

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Group(_OpenModel):
    """Short form of a group as shown inside role assignments."""

    object_: GroupObject

    id: str

    name: str

    created_at: int

    scim_managed: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "name", "object", "scim_managed")
    _tags = {"object": ("group",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_group_object),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("scim_managed", "scim_managed", REQUIRED, None),
        )
