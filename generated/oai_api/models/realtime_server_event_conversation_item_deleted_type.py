from typing import Literal

RealtimeServerEventConversationItemDeletedType = Literal["conversation.item.deleted"]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_DELETED_TYPE_VALUES: set[
    RealtimeServerEventConversationItemDeletedType
] = {
    "conversation.item.deleted",
}


def check_realtime_server_event_conversation_item_deleted_type(
    value: str,
) -> RealtimeServerEventConversationItemDeletedType:
    if value in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_DELETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_DELETED_TYPE_VALUES!r}"
    )
