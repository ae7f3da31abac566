from typing import Literal

RealtimeConversationItemMessageAssistantType = Literal["message"]

REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_TYPE_VALUES: set[
    RealtimeConversationItemMessageAssistantType
] = {
    "message",
}


def check_realtime_conversation_item_message_assistant_type(
    value: str,
) -> RealtimeConversationItemMessageAssistantType:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_TYPE_VALUES!r}"
    )
