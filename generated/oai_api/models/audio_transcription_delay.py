from typing import Literal

AudioTranscriptionDelay = Literal["high", "low", "medium", "minimal", "xhigh"]

AUDIO_TRANSCRIPTION_DELAY_VALUES: set[AudioTranscriptionDelay] = {
    "high",
    "low",
    "medium",
    "minimal",
    "xhigh",
}


def check_audio_transcription_delay(value: str) -> AudioTranscriptionDelay:
    if value in AUDIO_TRANSCRIPTION_DELAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_TRANSCRIPTION_DELAY_VALUES!r}"
    )
