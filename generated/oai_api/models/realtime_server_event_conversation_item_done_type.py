from typing import Literal

RealtimeServerEventConversationItemDoneType = Literal["conversation.item.done"]

REALTIME_SERVER_EVENT_CONVERSATION_ITEM_DONE_TYPE_VALUES: set[
    RealtimeServerEventConversationItemDoneType
] = {
    "conversation.item.done",
}


def check_realtime_server_event_conversation_item_done_type(
    value: str,
) -> RealtimeServerEventConversationItemDoneType:
    if value in REALTIME_SERVER_EVENT_CONVERSATION_ITEM_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_CONVERSATION_ITEM_DONE_TYPE_VALUES!r}"
    )
