from typing import Literal

ResponseContentPartDoneEventType = Literal["response.content_part.done"]

RESPONSE_CONTENT_PART_DONE_EVENT_TYPE_VALUES: set[ResponseContentPartDoneEventType] = {
    "response.content_part.done",
}


def check_response_content_part_done_event_type(
    value: str,
) -> ResponseContentPartDoneEventType:
    if value in RESPONSE_CONTENT_PART_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CONTENT_PART_DONE_EVENT_TYPE_VALUES!r}"
    )
