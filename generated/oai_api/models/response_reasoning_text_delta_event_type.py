from typing import Literal

ResponseReasoningTextDeltaEventType = Literal["response.reasoning_text.delta"]

RESPONSE_REASONING_TEXT_DELTA_EVENT_TYPE_VALUES: set[
    ResponseReasoningTextDeltaEventType
] = {
    "response.reasoning_text.delta",
}


def check_response_reasoning_text_delta_event_type(
    value: str,
) -> ResponseReasoningTextDeltaEventType:
    if value in RESPONSE_REASONING_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
