from typing import Literal

CustomToolChatCompletionsCustomFormatType0Type = Literal["text"]

CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_0_TYPE_VALUES: set[
    CustomToolChatCompletionsCustomFormatType0Type
] = {
    "text",
}


def check_custom_tool_chat_completions_custom_format_type_0_type(
    value: str,
) -> CustomToolChatCompletionsCustomFormatType0Type:
    if value in CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_0_TYPE_VALUES!r}"
    )
