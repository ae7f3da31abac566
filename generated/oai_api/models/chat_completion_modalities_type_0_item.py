from typing import Literal

ChatCompletionModalitiesType0Item = Literal["audio", "text"]

CHAT_COMPLETION_MODALITIES_TYPE_0_ITEM_VALUES: set[
    ChatCompletionModalitiesType0Item
] = {
    "audio",
    "text",
}


def check_chat_completion_modalities_type_0_item(
    value: str,
) -> ChatCompletionModalitiesType0Item:
    if value in CHAT_COMPLETION_MODALITIES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MODALITIES_TYPE_0_ITEM_VALUES!r}"
    )
