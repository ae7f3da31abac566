from typing import Literal

BetaResponseImageGenCallCompletedEventType = Literal[
    "response.image_generation_call.completed"
]

BETA_RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    BetaResponseImageGenCallCompletedEventType
] = {
    "response.image_generation_call.completed",
}


def check_beta_response_image_gen_call_completed_event_type(
    value: str,
) -> BetaResponseImageGenCallCompletedEventType:
    if value in BETA_RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
