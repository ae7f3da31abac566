from typing import Literal

BetaResponseImageGenCallPartialImageEventType = Literal[
    "response.image_generation_call.partial_image"
]

BETA_RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES: set[
    BetaResponseImageGenCallPartialImageEventType
] = {
    "response.image_generation_call.partial_image",
}


def check_beta_response_image_gen_call_partial_image_event_type(
    value: str,
) -> BetaResponseImageGenCallPartialImageEventType:
    if value in BETA_RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES!r}"
    )
