from typing import Literal

RealtimeConversationItemFunctionCallOutputObject = Literal["realtime.item"]

REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_OBJECT_VALUES: set[
    RealtimeConversationItemFunctionCallOutputObject
] = {
    "realtime.item",
}


def check_realtime_conversation_item_function_call_output_object(
    value: str,
) -> RealtimeConversationItemFunctionCallOutputObject:
    if value in REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_OBJECT_VALUES!r}"
    )
