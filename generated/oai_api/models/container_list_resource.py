from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.container_list_resource_object import (
    ContainerListResourceObject,
    check_container_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_resource import ContainerResource


@_attrs_define(repr=False)
class ContainerListResource(_OpenModel):
    """A page of containers."""

    object_: ContainerListResourceObject

    data: list[ContainerResource]

    first_id: str

    last_id: str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.container_resource import ContainerResource

        return fields(
            ("object_", "object", REQUIRED, check_container_list_resource_object),
            ("data", "data", REQUIRED, list_of(ContainerResource)),
            ("first_id", "first_id", REQUIRED, None),
            ("last_id", "last_id", REQUIRED, None),
            ("has_more", "has_more", REQUIRED, None),
        )
