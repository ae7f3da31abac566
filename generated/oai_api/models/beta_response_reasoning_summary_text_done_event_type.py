from typing import Literal

BetaResponseReasoningSummaryTextDoneEventType = Literal[
    "response.reasoning_summary_text.done"
]

BETA_RESPONSE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseReasoningSummaryTextDoneEventType
] = {
    "response.reasoning_summary_text.done",
}


def check_beta_response_reasoning_summary_text_done_event_type(
    value: str,
) -> BetaResponseReasoningSummaryTextDoneEventType:
    if value in BETA_RESPONSE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
