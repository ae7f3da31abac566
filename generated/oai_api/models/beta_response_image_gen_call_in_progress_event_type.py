from typing import Literal

BetaResponseImageGenCallInProgressEventType = Literal[
    "response.image_generation_call.in_progress"
]

BETA_RESPONSE_IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    BetaResponseImageGenCallInProgressEventType
] = {
    "response.image_generation_call.in_progress",
}


def check_beta_response_image_gen_call_in_progress_event_type(
    value: str,
) -> BetaResponseImageGenCallInProgressEventType:
    if value in BETA_RESPONSE_IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
