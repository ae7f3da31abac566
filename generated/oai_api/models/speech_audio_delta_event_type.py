from typing import Literal

SpeechAudioDeltaEventType = Literal["speech.audio.delta"]

SPEECH_AUDIO_DELTA_EVENT_TYPE_VALUES: set[SpeechAudioDeltaEventType] = {
    "speech.audio.delta",
}


def check_speech_audio_delta_event_type(value: str) -> SpeechAudioDeltaEventType:
    if value in SPEECH_AUDIO_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_AUDIO_DELTA_EVENT_TYPE_VALUES!r}"
    )
