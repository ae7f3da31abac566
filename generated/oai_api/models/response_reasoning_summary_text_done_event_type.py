from typing import Literal

ResponseReasoningSummaryTextDoneEventType = Literal[
    "response.reasoning_summary_text.done"
]

RESPONSE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES: set[
    ResponseReasoningSummaryTextDoneEventType
] = {
    "response.reasoning_summary_text.done",
}


def check_response_reasoning_summary_text_done_event_type(
    value: str,
) -> ResponseReasoningSummaryTextDoneEventType:
    if value in RESPONSE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
