from typing import Literal

ChatCompletionListObject = Literal["list"]

CHAT_COMPLETION_LIST_OBJECT_VALUES: set[ChatCompletionListObject] = {
    "list",
}


def check_chat_completion_list_object(value: str) -> ChatCompletionListObject:
    if value in CHAT_COMPLETION_LIST_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_LIST_OBJECT_VALUES!r}"
    )
