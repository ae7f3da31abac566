from typing import Literal

RealtimeServerEventConversationItemRetrievedType = Literal[
    "conversation.item.retrieved"
]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_RETRIEVED_TYPE_VALUES: set[
    RealtimeServerEventConversationItemRetrievedType
] = {
    "conversation.item.retrieved",
}


def check_realtime_server_event_conversation_item_retrieved_type(
    value: str,
) -> RealtimeServerEventConversationItemRetrievedType:
    if value in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_RETRIEVED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_RETRIEVED_TYPE_VALUES!r}"
    )
