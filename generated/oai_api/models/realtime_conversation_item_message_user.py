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
from ..models.realtime_conversation_item_message_user_object import (
    RealtimeConversationItemMessageUserObject,
    check_realtime_conversation_item_message_user_object,
)
from ..models.realtime_conversation_item_message_user_role import (
    RealtimeConversationItemMessageUserRole,
    check_realtime_conversation_item_message_user_role,
)
from ..models.realtime_conversation_item_message_user_status import (
    RealtimeConversationItemMessageUserStatus,
    check_realtime_conversation_item_message_user_status,
)
from ..models.realtime_conversation_item_message_user_type import (
    RealtimeConversationItemMessageUserType,
    check_realtime_conversation_item_message_user_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_conversation_item_message_user_content_item import (
        RealtimeConversationItemMessageUserContentItem,
    )


@_attrs_define(repr=False)
class RealtimeConversationItemMessageUser(_OpenModel):
    """Conversation item holding a message from the user."""

    type_: RealtimeConversationItemMessageUserType

    role: RealtimeConversationItemMessageUserRole

    content: list[RealtimeConversationItemMessageUserContentItem]

    id: str | None = None

    object_: RealtimeConversationItemMessageUserObject | None = None

    status: RealtimeConversationItemMessageUserStatus | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "id", "object", "role", "status", "type")
    _tags = {"type": ("message",), "object": ("realtime.item",), "role": ("user",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_conversation_item_message_user_content_item import (
            RealtimeConversationItemMessageUserContentItem,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_conversation_item_message_user_type,
            ),
            (
                "role",
                "role",
                REQUIRED,
                check_realtime_conversation_item_message_user_role,
            ),
            (
                "content",
                "content",
                REQUIRED,
                list_of(RealtimeConversationItemMessageUserContentItem),
            ),
            ("id", "id", OPTIONAL, None),
            (
                "object_",
                "object",
                OPTIONAL,
                check_realtime_conversation_item_message_user_object,
            ),
            (
                "status",
                "status",
                OPTIONAL,
                check_realtime_conversation_item_message_user_status,
            ),
        )
