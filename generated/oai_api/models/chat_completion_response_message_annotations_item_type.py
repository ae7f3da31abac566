from typing import Literal

ChatCompletionResponseMessageAnnotationsItemType = Literal["url_citation"]

CHAT_COMPLETION_RESPONSE_MESSAGE_ANNOTATIONS_ITEM_TYPE_VALUES: set[
    ChatCompletionResponseMessageAnnotationsItemType
] = {
    "url_citation",
}


def check_chat_completion_response_message_annotations_item_type(
    value: str,
) -> ChatCompletionResponseMessageAnnotationsItemType:
    if value in CHAT_COMPLETION_RESPONSE_MESSAGE_ANNOTATIONS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_RESPONSE_MESSAGE_ANNOTATIONS_ITEM_TYPE_VALUES!r}"
    )
