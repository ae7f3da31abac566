from typing import Literal

BetaResponseContentPartDoneEventType = Literal["response.content_part.done"]

BETA_RESPONSE_CONTENT_PART_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseContentPartDoneEventType
] = {
    "response.content_part.done",
}


def check_beta_response_content_part_done_event_type(
    value: str,
) -> BetaResponseContentPartDoneEventType:
    if value in BETA_RESPONSE_CONTENT_PART_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_CONTENT_PART_DONE_EVENT_TYPE_VALUES!r}"
    )
