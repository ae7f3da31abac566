from typing import Literal

ChatCompletionResponseMessageRole = Literal["assistant"]

CHAT_COMPLETION_RESPONSE_MESSAGE_ROLE_VALUES: set[ChatCompletionResponseMessageRole] = {
    "assistant",
}


def check_chat_completion_response_message_role(
    value: str,
) -> ChatCompletionResponseMessageRole:
    if value in CHAT_COMPLETION_RESPONSE_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_RESPONSE_MESSAGE_ROLE_VALUES!r}"
    )
