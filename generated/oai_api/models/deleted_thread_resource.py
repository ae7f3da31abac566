from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.deleted_thread_resource_object import (
    DeletedThreadResourceObject,
    check_deleted_thread_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DeletedThreadResource(_OpenModel):
    """Confirmation that a ChatKit thread was deleted."""

    id: str

    object_: DeletedThreadResourceObject

    deleted: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")
    _tags = {"object": ("chatkit.thread.deleted",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_deleted_thread_resource_object),
            ("deleted", "deleted", REQUIRED, None),
        )
