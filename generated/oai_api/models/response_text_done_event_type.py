from typing import Literal

ResponseTextDoneEventType = Literal["response.output_text.done"]

RESPONSE_TEXT_DONE_EVENT_TYPE_VALUES: set[ResponseTextDoneEventType] = {
    "response.output_text.done",
}


def check_response_text_done_event_type(value: str) -> ResponseTextDoneEventType:
    if value in RESPONSE_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
