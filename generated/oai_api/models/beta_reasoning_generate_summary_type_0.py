from typing import Literal

BetaReasoningGenerateSummaryType0 = Literal["auto", "concise", "detailed"]

BETA_REASONING_GENERATE_SUMMARY_TYPE_0_VALUES: set[
    BetaReasoningGenerateSummaryType0
] = {
    "auto",
    "concise",
    "detailed",
}


def check_beta_reasoning_generate_summary_type_0(
    value: str,
) -> BetaReasoningGenerateSummaryType0:
    if value in BETA_REASONING_GENERATE_SUMMARY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REASONING_GENERATE_SUMMARY_TYPE_0_VALUES!r}"
    )
