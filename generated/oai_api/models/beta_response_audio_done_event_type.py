from typing import Literal

BetaResponseAudioDoneEventType = Literal["response.audio.done"]

BETA_RESPONSE_AUDIO_DONE_EVENT_TYPE_VALUES: set[BetaResponseAudioDoneEventType] = {
    "response.audio.done",
}


def check_beta_response_audio_done_event_type(
    value: str,
) -> BetaResponseAudioDoneEventType:
    if value in BETA_RESPONSE_AUDIO_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_AUDIO_DONE_EVENT_TYPE_VALUES!r}"
    )
