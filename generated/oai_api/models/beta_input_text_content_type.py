from typing import Literal

BetaInputTextContentType = Literal["input_text"]

BETA_INPUT_TEXT_CONTENT_TYPE_VALUES: set[BetaInputTextContentType] = {
    "input_text",
}


def check_beta_input_text_content_type(value: str) -> BetaInputTextContentType:
    if value in BETA_INPUT_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_TEXT_CONTENT_TYPE_VALUES!r}"
    )
