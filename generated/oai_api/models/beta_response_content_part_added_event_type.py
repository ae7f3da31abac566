from typing import Literal

BetaResponseContentPartAddedEventType = Literal["response.content_part.added"]

BETA_RESPONSE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES: set[
    BetaResponseContentPartAddedEventType
] = {
    "response.content_part.added",
}


def check_beta_response_content_part_added_event_type(
    value: str,
) -> BetaResponseContentPartAddedEventType:
    if value in BETA_RESPONSE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES!r}"
    )
