from typing import Literal

RealtimeConversationItemMessageSystemType = Literal["message"]

REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_TYPE_VALUES: set[
    RealtimeConversationItemMessageSystemType
] = {
    "message",
}


def check_realtime_conversation_item_message_system_type(
    value: str,
) -> RealtimeConversationItemMessageSystemType:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_TYPE_VALUES!r}"
    )
