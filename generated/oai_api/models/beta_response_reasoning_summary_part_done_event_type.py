from typing import Literal

BetaResponseReasoningSummaryPartDoneEventType = Literal[
    "response.reasoning_summary_part.done"
]

BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseReasoningSummaryPartDoneEventType
] = {
    "response.reasoning_summary_part.done",
}


def check_beta_response_reasoning_summary_part_done_event_type(
    value: str,
) -> BetaResponseReasoningSummaryPartDoneEventType:
    if value in BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES!r}"
    )
