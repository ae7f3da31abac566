from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_conversation_item_message_assistant_object import (
    RealtimeConversationItemMessageAssistantObject,
    check_realtime_conversation_item_message_assistant_object,
)
from ..models.realtime_conversation_item_message_assistant_role import (
    RealtimeConversationItemMessageAssistantRole,
    check_realtime_conversation_item_message_assistant_role,
)
from ..models.realtime_conversation_item_message_assistant_status import (
    RealtimeConversationItemMessageAssistantStatus,
    check_realtime_conversation_item_message_assistant_status,
)
from ..models.realtime_conversation_item_message_assistant_type import (
    RealtimeConversationItemMessageAssistantType,
    check_realtime_conversation_item_message_assistant_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem,
    )


@_attrs_define(repr=False)
class RealtimeConversationItemMessageAssistant(_OpenModel):
    """Conversation item holding a message from the assistant."""

    type_: RealtimeConversationItemMessageAssistantType

    role: RealtimeConversationItemMessageAssistantRole

    content: list[RealtimeConversationItemMessageAssistantContentItem]

    id: str | None = None

    object_: RealtimeConversationItemMessageAssistantObject | None = None

    status: RealtimeConversationItemMessageAssistantStatus | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "id", "object", "role", "status", "type")
    _tags = {"type": ("message",), "object": ("realtime.item",), "role": ("assistant",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_conversation_item_message_assistant_content_item import (
            RealtimeConversationItemMessageAssistantContentItem,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_conversation_item_message_assistant_type,
            ),
            (
                "role",
                "role",
                REQUIRED,
                check_realtime_conversation_item_message_assistant_role,
            ),
            (
                "content",
                "content",
                REQUIRED,
                list_of(RealtimeConversationItemMessageAssistantContentItem),
            ),
            ("id", "id", OPTIONAL, None),
            (
                "object_",
                "object",
                OPTIONAL,
                check_realtime_conversation_item_message_assistant_object,
            ),
            (
                "status",
                "status",
                OPTIONAL,
                check_realtime_conversation_item_message_assistant_status,
            ),
        )
