from typing import Literal

RealtimeClientEventConversationItemDeleteType = Literal["conversation.item.delete"]

REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_DELETE_TYPE_VALUES: set[
    RealtimeClientEventConversationItemDeleteType
] = {
    "conversation.item.delete",
}


def check_realtime_client_event_conversation_item_delete_type(
    value: str,
) -> RealtimeClientEventConversationItemDeleteType:
    if value in REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_DELETE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_DELETE_TYPE_VALUES!r}"
    )
