from typing import Literal

RealtimeServerEventConversationCreatedType = Literal["conversation.created"]

REALTIME_SERVER_EVENT_CONVERSATION_CREATED_TYPE_VALUES: set[
    RealtimeServerEventConversationCreatedType
] = {
    "conversation.created",
}


def check_realtime_server_event_conversation_created_type(
    value: str,
) -> RealtimeServerEventConversationCreatedType:
    if value in REALTIME_SERVER_EVENT_CONVERSATION_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_CREATED_TYPE_VALUES!r}"
    )
