from typing import Literal

RealtimeServerEventConversationItemTruncatedType = Literal[
    "conversation.item.truncated"
]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_TRUNCATED_TYPE_VALUES: set[
    RealtimeServerEventConversationItemTruncatedType
] = {
    "conversation.item.truncated",
}


def check_realtime_server_event_conversation_item_truncated_type(
    value: str,
) -> RealtimeServerEventConversationItemTruncatedType:
    if value in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_TRUNCATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_TRUNCATED_TYPE_VALUES!r}"
    )
