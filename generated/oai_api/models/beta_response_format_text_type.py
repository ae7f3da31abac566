from typing import Literal

BetaResponseFormatTextType = Literal["text"]

BETA_RESPONSE_FORMAT_TEXT_TYPE_VALUES: set[BetaResponseFormatTextType] = {
    "text",
}


def check_beta_response_format_text_type(value: str) -> BetaResponseFormatTextType:
    if value in BETA_RESPONSE_FORMAT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_FORMAT_TEXT_TYPE_VALUES!r}"
    )
