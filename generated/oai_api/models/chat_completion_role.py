from typing import Literal

ChatCompletionRole = Literal[
    "assistant", "developer", "function", "system", "tool", "user"
]

CHAT_COMPLETION_ROLE_VALUES: set[ChatCompletionRole] = {
    "assistant",
    "developer",
    "function",
    "system",
    "tool",
    "user",
}


def check_chat_completion_role(value: str) -> ChatCompletionRole:
    if value in CHAT_COMPLETION_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_ROLE_VALUES!r}"
    )
