from typing import Literal

BetaOutputTextContentType = Literal["output_text"]

BETA_OUTPUT_TEXT_CONTENT_TYPE_VALUES: set[BetaOutputTextContentType] = {
    "output_text",
}


def check_beta_output_text_content_type(value: str) -> BetaOutputTextContentType:
    if value in BETA_OUTPUT_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_OUTPUT_TEXT_CONTENT_TYPE_VALUES!r}"
    )
