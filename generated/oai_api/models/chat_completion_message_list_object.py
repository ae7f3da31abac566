from typing import Literal

ChatCompletionMessageListObject = Literal["list"]

CHAT_COMPLETION_MESSAGE_LIST_OBJECT_VALUES: set[ChatCompletionMessageListObject] = {
    "list",
}


def check_chat_completion_message_list_object(
    value: str,
) -> ChatCompletionMessageListObject:
    if value in CHAT_COMPLETION_MESSAGE_LIST_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MESSAGE_LIST_OBJECT_VALUES!r}"
    )
