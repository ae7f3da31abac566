from typing import Literal

RealtimeConversationItemMessageUserType = Literal["message"]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_TYPE_VALUES: set[
    RealtimeConversationItemMessageUserType
] = {
    "message",
}


def check_realtime_conversation_item_message_user_type(
    value: str,
) -> RealtimeConversationItemMessageUserType:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_USER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_USER_TYPE_VALUES!r}"
    )
