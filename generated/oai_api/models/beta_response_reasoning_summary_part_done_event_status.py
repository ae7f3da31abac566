from typing import Literal

BetaResponseReasoningSummaryPartDoneEventStatus = Literal["incomplete"]

BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_STATUS_VALUES: set[
    BetaResponseReasoningSummaryPartDoneEventStatus
] = {
    "incomplete",
}


def check_beta_response_reasoning_summary_part_done_event_status(
    value: str,
) -> BetaResponseReasoningSummaryPartDoneEventStatus:
    if value in BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_STATUS_VALUES!r}"
    )
