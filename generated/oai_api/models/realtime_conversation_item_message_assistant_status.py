from typing import Literal

RealtimeConversationItemMessageAssistantStatus = Literal[
    "completed", "in_progress", "incomplete"
]

REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_STATUS_VALUES: set[
    RealtimeConversationItemMessageAssistantStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_message_assistant_status(
    value: str,
) -> RealtimeConversationItemMessageAssistantStatus:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_STATUS_VALUES!r}"
    )
