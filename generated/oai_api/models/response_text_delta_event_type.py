from typing import Literal

ResponseTextDeltaEventType = Literal["response.output_text.delta"]

RESPONSE_TEXT_DELTA_EVENT_TYPE_VALUES: set[ResponseTextDeltaEventType] = {
    "response.output_text.delta",
}


def check_response_text_delta_event_type(value: str) -> ResponseTextDeltaEventType:
    if value in RESPONSE_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
