from typing import Literal

RealtimeServerEventConversationItemCreatedType = Literal["conversation.item.created"]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_CREATED_TYPE_VALUES: set[
    RealtimeServerEventConversationItemCreatedType
] = {
    "conversation.item.created",
}


def check_realtime_server_event_conversation_item_created_type(
    value: str,
) -> RealtimeServerEventConversationItemCreatedType:
    if value in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_CREATED_TYPE_VALUES!r}"
    )
