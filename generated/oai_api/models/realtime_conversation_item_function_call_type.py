from typing import Literal

RealtimeConversationItemFunctionCallType = Literal["function_call"]

REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_TYPE_VALUES: set[
    RealtimeConversationItemFunctionCallType
] = {
    "function_call",
}


def check_realtime_conversation_item_function_call_type(
    value: str,
) -> RealtimeConversationItemFunctionCallType:
    if value in REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_TYPE_VALUES!r}"
    )
