from typing import Literal

RealtimeConversationItemMessageUserContentItemDetail = Literal["auto", "high", "low"]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_CONTENT_ITEM_DETAIL_VALUES: set[
    RealtimeConversationItemMessageUserContentItemDetail
] = {
    "auto",
    "high",
    "low",
}


def check_realtime_conversation_item_message_user_content_item_detail(
    value: str,
) -> RealtimeConversationItemMessageUserContentItemDetail:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_USER_CONTENT_ITEM_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_USER_CONTENT_ITEM_DETAIL_VALUES!r}"
    )
