from typing import Literal

RealtimeConversationItemFunctionCallOutputStatus = Literal[
    "completed", "in_progress", "incomplete"
]

REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_STATUS_VALUES: set[
    RealtimeConversationItemFunctionCallOutputStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_function_call_output_status(
    value: str,
) -> RealtimeConversationItemFunctionCallOutputStatus:
    if value in REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_STATUS_VALUES!r}"
    )
