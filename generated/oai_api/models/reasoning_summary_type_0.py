from typing import Literal

ReasoningSummaryType0 = Literal["auto", "concise", "detailed"]

REASONING_SUMMARY_TYPE_0_VALUES: set[ReasoningSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_summary_type_0(value: str) -> ReasoningSummaryType0:
    if value in REASONING_SUMMARY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_SUMMARY_TYPE_0_VALUES!r}"
    )
