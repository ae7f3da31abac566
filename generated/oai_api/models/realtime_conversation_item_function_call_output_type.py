from typing import Literal

RealtimeConversationItemFunctionCallOutputType = Literal["function_call_output"]

REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_TYPE_VALUES: set[
    RealtimeConversationItemFunctionCallOutputType
] = {
    "function_call_output",
}


def check_realtime_conversation_item_function_call_output_type(
    value: str,
) -> RealtimeConversationItemFunctionCallOutputType:
    if value in REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_TYPE_VALUES!r}"
    )
