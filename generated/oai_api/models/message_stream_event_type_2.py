from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_stream_event_type_2_event import (
    MessageStreamEventType2Event,
    check_message_stream_event_type_2_event,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_object import MessageDeltaObject


@_attrs_define(repr=False)
class MessageStreamEventType2(_OpenModel):
    event: MessageStreamEventType2Event

    data: MessageDeltaObject
    """ The fields of a message that changed during streaming. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "event")
    _tags = {"event": ("thread.message.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_delta_object import MessageDeltaObject

        return fields(
            ("event", "event", REQUIRED, check_message_stream_event_type_2_event),
            ("data", "data", REQUIRED, MessageDeltaObject),
        )
