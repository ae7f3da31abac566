from typing import Literal

ResponseAudioDoneEventType = Literal["response.audio.done"]

RESPONSE_AUDIO_DONE_EVENT_TYPE_VALUES: set[ResponseAudioDoneEventType] = {
    "response.audio.done",
}


def check_response_audio_done_event_type(value: str) -> ResponseAudioDoneEventType:
    if value in RESPONSE_AUDIO_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_AUDIO_DONE_EVENT_TYPE_VALUES!r}"
    )
