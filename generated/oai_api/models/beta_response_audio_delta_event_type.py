from typing import Literal

BetaResponseAudioDeltaEventType = Literal["response.audio.delta"]

BETA_RESPONSE_AUDIO_DELTA_EVENT_TYPE_VALUES: set[BetaResponseAudioDeltaEventType] = {
    "response.audio.delta",
}


def check_beta_response_audio_delta_event_type(
    value: str,
) -> BetaResponseAudioDeltaEventType:
    if value in BETA_RESPONSE_AUDIO_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_AUDIO_DELTA_EVENT_TYPE_VALUES!r}"
    )
