from typing import Literal

RealtimeClientEventConversationItemRetrieveType = Literal["conversation.item.retrieve"]

REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_RETRIEVE_TYPE_VALUES: set[
    RealtimeClientEventConversationItemRetrieveType
] = {
    "conversation.item.retrieve",
}


def check_realtime_client_event_conversation_item_retrieve_type(
    value: str,
) -> RealtimeClientEventConversationItemRetrieveType:
    if value in REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_RETRIEVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_CONVERSATION_ITEM_RETRIEVE_TYPE_VALUES!r}"
    )
