from typing import Literal

AssistantMessageItemType = Literal["chatkit.assistant_message"]

ASSISTANT_MESSAGE_ITEM_TYPE_VALUES: set[AssistantMessageItemType] = {
    "chatkit.assistant_message",
}


def check_assistant_message_item_type(value: str) -> AssistantMessageItemType:
    if value in ASSISTANT_MESSAGE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANT_MESSAGE_ITEM_TYPE_VALUES!r}"
    )
