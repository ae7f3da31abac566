from typing import Literal

ChatCompletionDeletedObject = Literal["chat.completion.deleted"]

CHAT_COMPLETION_DELETED_OBJECT_VALUES: set[ChatCompletionDeletedObject] = {
    "chat.completion.deleted",
}


def check_chat_completion_deleted_object(value: str) -> ChatCompletionDeletedObject:
    if value in CHAT_COMPLETION_DELETED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_DELETED_OBJECT_VALUES!r}"
    )
