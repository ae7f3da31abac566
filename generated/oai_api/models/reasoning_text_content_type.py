from typing import Literal

ReasoningTextContentType = Literal["reasoning_text"]

REASONING_TEXT_CONTENT_TYPE_VALUES: set[ReasoningTextContentType] = {
    "reasoning_text",
}


def check_reasoning_text_content_type(value: str) -> ReasoningTextContentType:
    if value in REASONING_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_TEXT_CONTENT_TYPE_VALUES!r}"
    )
