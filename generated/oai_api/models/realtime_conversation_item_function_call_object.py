from typing import Literal

RealtimeConversationItemFunctionCallObject = Literal["realtime.item"]

REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OBJECT_VALUES: set[
    RealtimeConversationItemFunctionCallObject
] = {
    "realtime.item",
}


def check_realtime_conversation_item_function_call_object(
    value: str,
) -> RealtimeConversationItemFunctionCallObject:
    if value in REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OBJECT_VALUES!r}"
    )
