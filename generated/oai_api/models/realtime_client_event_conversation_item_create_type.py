from typing import Literal

RealtimeClientEventConversationItemCreateType = Literal["conversation.item.create"]

REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_CREATE_TYPE_VALUES: set[
    RealtimeClientEventConversationItemCreateType
] = {
    "conversation.item.create",
}


def check_realtime_client_event_conversation_item_create_type(
    value: str,
) -> RealtimeClientEventConversationItemCreateType:
    if value in REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_CREATE_TYPE_VALUES!r}"
    )
