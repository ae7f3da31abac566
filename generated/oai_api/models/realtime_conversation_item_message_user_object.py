from typing import Literal

RealtimeConversationItemMessageUserObject = Literal["realtime.item"]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_OBJECT_VALUES: set[
    RealtimeConversationItemMessageUserObject
] = {
    "realtime.item",
}


def check_realtime_conversation_item_message_user_object(
    value: str,
) -> RealtimeConversationItemMessageUserObject:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_USER_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_USER_OBJECT_VALUES!r}"
    )
