from typing import Literal

SummaryTextContentType = Literal["summary_text"]

SUMMARY_TEXT_CONTENT_TYPE_VALUES: set[SummaryTextContentType] = {
    "summary_text",
}


def check_summary_text_content_type(value: str) -> SummaryTextContentType:
    if value in SUMMARY_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUMMARY_TEXT_CONTENT_TYPE_VALUES!r}"
    )
