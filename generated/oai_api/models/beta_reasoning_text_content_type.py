from typing import Literal

BetaReasoningTextContentType = Literal["reasoning_text"]

BETA_REASONING_TEXT_CONTENT_TYPE_VALUES: set[BetaReasoningTextContentType] = {
    "reasoning_text",
}


def check_beta_reasoning_text_content_type(value: str) -> BetaReasoningTextContentType:
    if value in BETA_REASONING_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REASONING_TEXT_CONTENT_TYPE_VALUES!r}"
    )
