from typing import Literal

ChatCompletionRequestFunctionMessageRole = Literal["function"]

CHAT_COMPLETION_REQUEST_FUNCTION_MESSAGE_ROLE_VALUES: set[
    ChatCompletionRequestFunctionMessageRole
] = {
    "function",
}


def check_chat_completion_request_function_message_role(
    value: str,
) -> ChatCompletionRequestFunctionMessageRole:
    if value in CHAT_COMPLETION_REQUEST_FUNCTION_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_FUNCTION_MESSAGE_ROLE_VALUES!r}"
    )
