from typing import Literal

ChatCompletionStreamResponseDeltaRole = Literal[
    "assistant", "developer", "system", "tool", "user"
]

CHAT_COMPLETION_STREAM_RESPONSE_DELTA_ROLE_VALUES: set[
    ChatCompletionStreamResponseDeltaRole
] = {
    "assistant",
    "developer",
    "system",
    "tool",
    "user",
}


def check_chat_completion_stream_response_delta_role(
    value: str,
) -> ChatCompletionStreamResponseDeltaRole:
    if value in CHAT_COMPLETION_STREAM_RESPONSE_DELTA_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_STREAM_RESPONSE_DELTA_ROLE_VALUES!r}"
    )
