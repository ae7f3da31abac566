from typing import Literal

ResponseReasoningSummaryPartDoneEventType = Literal[
    "response.reasoning_summary_part.done"
]

RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES: set[
    ResponseReasoningSummaryPartDoneEventType
] = {
    "response.reasoning_summary_part.done",
}


def check_response_reasoning_summary_part_done_event_type(
    value: str,
) -> ResponseReasoningSummaryPartDoneEventType:
    if value in RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_TYPE_VALUES!r}"
    )
