from typing import Literal

RealtimeClientEventConversationItemTruncateType = Literal["conversation.item.truncate"]

REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_TRUNCATE_TYPE_VALUES: set[
    RealtimeClientEventConversationItemTruncateType
] = {
    "conversation.item.truncate",
}


def check_realtime_client_event_conversation_item_truncate_type(
    value: str,
) -> RealtimeClientEventConversationItemTruncateType:
    if value in REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_TRUNCATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_TRUNCATE_TYPE_VALUES!r}"
    )
