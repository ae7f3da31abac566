from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.delete_message_response_object import (
    DeleteMessageResponseObject,
    check_delete_message_response_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DeleteMessageResponse(_OpenModel):
    """Result of deleting a message: its ID, a `deleted` flag and `object` set to `thread.message.deleted`."""

    id: str

    deleted: bool

    object_: DeleteMessageResponseObject

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")
    _tags = {"object": ("thread.message.deleted",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("deleted", "deleted", REQUIRED, None),
            ("object_", "object", REQUIRED, check_delete_message_response_object),
        )
