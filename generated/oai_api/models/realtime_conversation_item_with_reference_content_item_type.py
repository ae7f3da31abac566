from typing import Literal

RealtimeConversationItemWithReferenceContentItemType = Literal[
    "input_audio", "input_text", "item_reference", "text"
]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_CONTENT_ITEM_TYPE_VALUES: set[
    RealtimeConversationItemWithReferenceContentItemType
] = {
    "input_audio",
    "input_text",
    "item_reference",
    "text",
}


def check_realtime_conversation_item_with_reference_content_item_type(
    value: str,
) -> RealtimeConversationItemWithReferenceContentItemType:
    if value in REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_CONTENT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_CONTENT_ITEM_TYPE_VALUES!r}"
    )
