from typing import Literal

ResponseImageGenCallCompletedEventType = Literal[
    "response.image_generation_call.completed"
]

RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    ResponseImageGenCallCompletedEventType
] = {
    "response.image_generation_call.completed",
}


def check_response_image_gen_call_completed_event_type(
    value: str,
) -> ResponseImageGenCallCompletedEventType:
    if value in RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
