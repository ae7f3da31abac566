from typing import Literal

ResponseReasoningSummaryPartAddedEventType = Literal[
    "response.reasoning_summary_part.added"
]

RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES: set[
    ResponseReasoningSummaryPartAddedEventType
] = {
    "response.reasoning_summary_part.added",
}


def check_response_reasoning_summary_part_added_event_type(
    value: str,
) -> ResponseReasoningSummaryPartAddedEventType:
    if value in RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_SUMMARY_PART_ADDED_EVENT_TYPE_VALUES!r}"
    )
