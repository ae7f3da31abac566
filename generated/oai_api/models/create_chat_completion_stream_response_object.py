from typing import Literal

CreateChatCompletionStreamResponseObject = Literal["chat.completion.chunk"]

CREATE_CHAT_COMPLETION_STREAM_RESPONSE_OBJECT_VALUES: set[
    CreateChatCompletionStreamResponseObject
] = {
    "chat.completion.chunk",
}


def check_create_chat_completion_stream_response_object(
    value: str,
) -> CreateChatCompletionStreamResponseObject:
    if value in CREATE_CHAT_COMPLETION_STREAM_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_STREAM_RESPONSE_OBJECT_VALUES!r}"
    )
