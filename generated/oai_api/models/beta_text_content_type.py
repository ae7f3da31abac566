from typing import Literal

BetaTextContentType = Literal["text"]

BETA_TEXT_CONTENT_TYPE_VALUES: set[BetaTextContentType] = {
    "text",
}


def check_beta_text_content_type(value: str) -> BetaTextContentType:
    if value in BETA_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TEXT_CONTENT_TYPE_VALUES!r}"
    )
