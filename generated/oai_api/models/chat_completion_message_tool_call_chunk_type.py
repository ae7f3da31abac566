from typing import Literal

ChatCompletionMessageToolCallChunkType = Literal["function"]

CHAT_COMPLETION_MESSAGE_TOOL_CALL_CHUNK_TYPE_VALUES: set[
    ChatCompletionMessageToolCallChunkType
] = {
    "function",
}


def check_chat_completion_message_tool_call_chunk_type(
    value: str,
) -> ChatCompletionMessageToolCallChunkType:
    if value in CHAT_COMPLETION_MESSAGE_TOOL_CALL_CHUNK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MESSAGE_TOOL_CALL_CHUNK_TYPE_VALUES!r}"
    )
