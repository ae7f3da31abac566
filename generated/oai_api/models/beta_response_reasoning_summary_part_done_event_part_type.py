from typing import Literal

BetaResponseReasoningSummaryPartDoneEventPartType = Literal["summary_text"]

BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_PART_TYPE_VALUES: set[
    BetaResponseReasoningSummaryPartDoneEventPartType
] = {
    "summary_text",
}


def check_beta_response_reasoning_summary_part_done_event_part_type(
    value: str,
) -> BetaResponseReasoningSummaryPartDoneEventPartType:
    if value in BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_PART_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_PART_TYPE_VALUES!r}"
    )
