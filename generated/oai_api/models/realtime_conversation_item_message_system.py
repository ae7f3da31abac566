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
from ..models.realtime_conversation_item_message_system_object import (
    RealtimeConversationItemMessageSystemObject,
    check_realtime_conversation_item_message_system_object,
)
from ..models.realtime_conversation_item_message_system_role import (
    RealtimeConversationItemMessageSystemRole,
    check_realtime_conversation_item_message_system_role,
)
from ..models.realtime_conversation_item_message_system_status import (
    RealtimeConversationItemMessageSystemStatus,
    check_realtime_conversation_item_message_system_status,
)
from ..models.realtime_conversation_item_message_system_type import (
    RealtimeConversationItemMessageSystemType,
    check_realtime_conversation_item_message_system_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_conversation_item_message_system_content_item import (
        RealtimeConversationItemMessageSystemContentItem,
    )


@_attrs_define(repr=False)
class RealtimeConversationItemMessageSystem(_OpenModel):
    """Conversation item with a system message, which can add context or instructions at any point in the session."""

    type_: RealtimeConversationItemMessageSystemType

    role: RealtimeConversationItemMessageSystemRole

    content: list[RealtimeConversationItemMessageSystemContentItem]

    id: str | None = None

    object_: RealtimeConversationItemMessageSystemObject | None = None

    status: RealtimeConversationItemMessageSystemStatus | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "id", "object", "role", "status", "type")
    _tags = {"type": ("message",), "object": ("realtime.item",), "role": ("system",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_conversation_item_message_system_content_item import (
            RealtimeConversationItemMessageSystemContentItem,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_conversation_item_message_system_type,
            ),
            (
                "role",
                "role",
                REQUIRED,
                check_realtime_conversation_item_message_system_role,
            ),
            (
                "content",
                "content",
                REQUIRED,
                list_of(RealtimeConversationItemMessageSystemContentItem),
            ),
            ("id", "id", OPTIONAL, None),
            (
                "object_",
                "object",
                OPTIONAL,
                check_realtime_conversation_item_message_system_object,
            ),
            (
                "status",
                "status",
                OPTIONAL,
                check_realtime_conversation_item_message_system_status,
            ),
        )
