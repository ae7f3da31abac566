from typing import Literal

BetaResponseImageGenCallGeneratingEventType = Literal[
    "response.image_generation_call.generating"
]

BETA_RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES: set[
    BetaResponseImageGenCallGeneratingEventType
] = {
    "response.image_generation_call.generating",
}


def check_beta_response_image_gen_call_generating_event_type(
    value: str,
) -> BetaResponseImageGenCallGeneratingEventType:
    if value in BETA_RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES!r}"
    )
