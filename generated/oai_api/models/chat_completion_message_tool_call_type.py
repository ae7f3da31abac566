from typing import Literal

ChatCompletionMessageToolCallType = Literal["function"]

CHAT_COMPLETION_MESSAGE_TOOL_CALL_TYPE_VALUES: set[
    ChatCompletionMessageToolCallType
] = {
    "function",
}


def check_chat_completion_message_tool_call_type(
    value: str,
) -> ChatCompletionMessageToolCallType:
    if value in CHAT_COMPLETION_MESSAGE_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MESSAGE_TOOL_CALL_TYPE_VALUES!r}"
    )
