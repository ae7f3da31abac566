from typing import Literal

RealtimeConversationItemWithReferenceObject = Literal["realtime.item"]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_OBJECT_VALUES: set[
    RealtimeConversationItemWithReferenceObject
] = {
    "realtime.item",
}


def check_realtime_conversation_item_with_reference_object(
    value: str,
) -> RealtimeConversationItemWithReferenceObject:
    if value in REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_OBJECT_VALUES!r}"
    )
