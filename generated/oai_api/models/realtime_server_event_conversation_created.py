from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_conversation_created_type import (
    RealtimeServerEventConversationCreatedType,
    check_realtime_server_event_conversation_created_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_server_event_conversation_created_conversation import (
        RealtimeServerEventConversationCreatedConversation,
    )


@_attrs_define(repr=False)
class RealtimeServerEventConversationCreated(_OpenModel):
    """Server event, sent just after the session starts, announcing the new conversation."""

    event_id: str

    type_: RealtimeServerEventConversationCreatedType

    conversation: RealtimeServerEventConversationCreatedConversation

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("conversation", "event_id", "type")
    _tags = {"type": ("conversation.created",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_server_event_conversation_created_conversation import (
            RealtimeServerEventConversationCreatedConversation,
        )

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_conversation_created_type,
            ),
            (
                "conversation",
                "conversation",
                REQUIRED,
                RealtimeServerEventConversationCreatedConversation,
            ),
        )
