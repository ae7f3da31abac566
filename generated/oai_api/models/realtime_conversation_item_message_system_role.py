from typing import Literal

RealtimeConversationItemMessageSystemRole = Literal["system"]

REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_ROLE_VALUES: set[
    RealtimeConversationItemMessageSystemRole
] = {
    "system",
}


def check_realtime_conversation_item_message_system_role(
    value: str,
) -> RealtimeConversationItemMessageSystemRole:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_ROLE_VALUES!r}"
    )
