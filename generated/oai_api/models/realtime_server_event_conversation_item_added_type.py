from typing import Literal

RealtimeServerEventConversationItemAddedType = Literal["conversation.item.added"]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_ADDED_TYPE_VALUES: set[
    RealtimeServerEventConversationItemAddedType
] = {
    "conversation.item.added",
}


def check_realtime_server_event_conversation_item_added_type(
    value: str,
) -> RealtimeServerEventConversationItemAddedType:
    if value in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_ADDED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_ADDED_TYPE_VALUES!r}"
    )
