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
from ..models.thread_list_resource_object import (
    ThreadListResourceObject,
    check_thread_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.thread_resource import ThreadResource


@_attrs_define(repr=False)
class ThreadListResource(_OpenModel):
    """A page of ChatKit threads with first/last IDs and a `has_more` flag."""

    object_: ThreadListResourceObject

    data: list[ThreadResource]

    first_id: None | str

    last_id: None | str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.thread_resource import ThreadResource

        return fields(
            ("object_", "object", REQUIRED, check_thread_list_resource_object),
            ("data", "data", REQUIRED, list_of(ThreadResource)),
            ("first_id", "first_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("last_id", "last_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("has_more", "has_more", REQUIRED, None),
        )
