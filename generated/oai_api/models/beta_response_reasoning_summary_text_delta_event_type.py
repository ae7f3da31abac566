from typing import Literal

BetaResponseReasoningSummaryTextDeltaEventType = Literal[
    "response.reasoning_summary_text.delta"
]

BETA_RESPONSE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES: set[
    BetaResponseReasoningSummaryTextDeltaEventType
] = {
    "response.reasoning_summary_text.delta",
}


def check_beta_response_reasoning_summary_text_delta_event_type(
    value: str,
) -> BetaResponseReasoningSummaryTextDeltaEventType:
    if value in BETA_RESPONSE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
