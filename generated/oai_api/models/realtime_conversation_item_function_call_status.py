from typing import Literal

RealtimeConversationItemFunctionCallStatus = Literal[
    "completed", "in_progress", "incomplete"
]

REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_STATUS_VALUES: set[
    RealtimeConversationItemFunctionCallStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_function_call_status(
    value: str,
) -> RealtimeConversationItemFunctionCallStatus:
    if value in REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_STATUS_VALUES!r}"
    )
