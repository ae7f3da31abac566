from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_stream_event_type_1_event import (
    MessageStreamEventType1Event,
    check_message_stream_event_type_1_event,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_object import MessageObject


@_attrs_define(repr=False)
class MessageStreamEventType1(_OpenModel):
    event: MessageStreamEventType1Event

    data: MessageObject
    """ One message in a thread: its author role, content parts, attachments and status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "event")
    _tags = {"event": ("thread.message.in_progress",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_object import MessageObject

        return fields(
            ("event", "event", REQUIRED, check_message_stream_event_type_1_event),
            ("data", "data", REQUIRED, MessageObject),
        )
