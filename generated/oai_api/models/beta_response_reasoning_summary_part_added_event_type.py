from typing import Literal

BetaResponseReasoningSummaryPartAddedEventType = Literal[
    "response.reasoning_summary_part.added"
]

BETA_RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES: set[
    BetaResponseReasoningSummaryPartAddedEventType
] = {
    "response.reasoning_summary_part.added",
}


def check_beta_response_reasoning_summary_part_added_event_type(
    value: str,
) -> BetaResponseReasoningSummaryPartAddedEventType:
    if value in BETA_RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES!r}"
    )
