from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_delta_object_object import (
    MessageDeltaObjectObject,
    check_message_delta_object_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_object_delta import MessageDeltaObjectDelta


@_attrs_define(repr=False)
class MessageDeltaObject(_OpenModel):
    """The fields of a message that changed during streaming."""

    id: str

    object_: MessageDeltaObjectObject

    delta: MessageDeltaObjectDelta

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("delta", "id", "object")
    _tags = {"object": ("thread.message.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_delta_object_delta import MessageDeltaObjectDelta

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_message_delta_object_object),
            ("delta", "delta", REQUIRED, MessageDeltaObjectDelta),
        )
