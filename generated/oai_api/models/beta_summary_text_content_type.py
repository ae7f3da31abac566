from typing import Literal

BetaSummaryTextContentType = Literal["summary_text"]

BETA_SUMMARY_TEXT_CONTENT_TYPE_VALUES: set[BetaSummaryTextContentType] = {
    "summary_text",
}


def check_beta_summary_text_content_type(value: str) -> BetaSummaryTextContentType:
    if value in BETA_SUMMARY_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SUMMARY_TEXT_CONTENT_TYPE_VALUES!r}"
    )
