from typing import Literal

BetaReasoningSummaryType0 = Literal["auto", "concise", "detailed"]

BETA_REASONING_SUMMARY_TYPE_0_VALUES: set[BetaReasoningSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_beta_reasoning_summary_type_0(value: str) -> BetaReasoningSummaryType0:
    if value in BETA_REASONING_SUMMARY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REASONING_SUMMARY_TYPE_0_VALUES!r}"
    )
