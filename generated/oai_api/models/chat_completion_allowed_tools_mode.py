from typing import Literal

ChatCompletionAllowedToolsMode = Literal["auto", "required"]

CHAT_COMPLETION_ALLOWED_TOOLS_MODE_VALUES: set[ChatCompletionAllowedToolsMode] = {
    "auto",
    "required",
}


def check_chat_completion_allowed_tools_mode(
    value: str,
) -> ChatCompletionAllowedToolsMode:
    if value in CHAT_COMPLETION_ALLOWED_TOOLS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_ALLOWED_TOOLS_MODE_VALUES!r}"
    )
