from typing import Literal

SpeechAudioDoneEventType = Literal["speech.audio.done"]

SPEECH_AUDIO_DONE_EVENT_TYPE_VALUES: set[SpeechAudioDoneEventType] = {
    "speech.audio.done",
}


def check_speech_audio_done_event_type(value: str) -> SpeechAudioDoneEventType:
    if value in SPEECH_AUDIO_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_AUDIO_DONE_EVENT_TYPE_VALUES!r}"
    )
