from typing import Literal

ResponseReasoningSummaryTextDeltaEventType = Literal[
    "response.reasoning_summary_text.delta"
]

RESPONSE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES: set[
    ResponseReasoningSummaryTextDeltaEventType
] = {
    "response.reasoning_summary_text.delta",
}


def check_response_reasoning_summary_text_delta_event_type(
    value: str,
) -> ResponseReasoningSummaryTextDeltaEventType:
    if value in RESPONSE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_SUMMARY_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
