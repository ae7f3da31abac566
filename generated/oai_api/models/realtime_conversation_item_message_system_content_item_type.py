from typing import Literal

RealtimeConversationItemMessageSystemContentItemType = Literal["input_text"]

REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_CONTENT_ITEM_TYPE_VALUES: set[
    RealtimeConversationItemMessageSystemContentItemType
] = {
    "input_text",
}


def check_realtime_conversation_item_message_system_content_item_type(
    value: str,
) -> RealtimeConversationItemMessageSystemContentItemType:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_CONTENT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_CONTENT_ITEM_TYPE_VALUES!r}"
    )
