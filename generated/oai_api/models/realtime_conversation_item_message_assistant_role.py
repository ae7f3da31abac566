from typing import Literal

RealtimeConversationItemMessageAssistantRole = Literal["assistant"]

REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_ROLE_VALUES: set[
    RealtimeConversationItemMessageAssistantRole
] = {
    "assistant",
}


def check_realtime_conversation_item_message_assistant_role(
    value: str,
) -> RealtimeConversationItemMessageAssistantRole:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_ROLE_VALUES!r}"
    )
