from typing import Literal

RealtimeConversationItemWithReferenceType = Literal[
    "function_call", "function_call_output", "message"
]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_TYPE_VALUES: set[
    RealtimeConversationItemWithReferenceType
] = {
    "function_call",
    "function_call_output",
    "message",
}


def check_realtime_conversation_item_with_reference_type(
    value: str,
) -> RealtimeConversationItemWithReferenceType:
    if value in REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_TYPE_VALUES!r}"
    )
