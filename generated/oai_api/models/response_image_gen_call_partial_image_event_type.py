from typing import Literal

ResponseImageGenCallPartialImageEventType = Literal[
    "response.image_generation_call.partial_image"
]

RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES: set[
    ResponseImageGenCallPartialImageEventType
] = {
    "response.image_generation_call.partial_image",
}


def check_response_image_gen_call_partial_image_event_type(
    value: str,
) -> ResponseImageGenCallPartialImageEventType:
    if value in RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES!r}"
    )
