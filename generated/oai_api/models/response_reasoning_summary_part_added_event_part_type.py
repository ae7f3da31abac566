from typing import Literal

ResponseReasoningSummaryPartAddedEventPartType = Literal["summary_text"]

RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_PART_TYPE_VALUES: set[
    ResponseReasoningSummaryPartAddedEventPartType
] = {
    "summary_text",
}


def check_response_reasoning_summary_part_added_event_part_type(
    value: str,
) -> ResponseReasoningSummaryPartAddedEventPartType:
    if value in RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_PART_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_PART_TYPE_VALUES!r}"
    )
