from typing import Literal

ResponseContentPartAddedEventType = Literal["response.content_part.added"]

RESPONSE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES: set[
    ResponseContentPartAddedEventType
] = {
    "response.content_part.added",
}


def check_response_content_part_added_event_type(
    value: str,
) -> ResponseContentPartAddedEventType:
    if value in RESPONSE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES!r}"
    )
