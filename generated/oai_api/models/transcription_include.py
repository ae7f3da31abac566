from typing import Literal

TranscriptionInclude = Literal["logprobs"]

TRANSCRIPTION_INCLUDE_VALUES: set[TranscriptionInclude] = {
    "logprobs",
}


def check_transcription_include(value: str) -> TranscriptionInclude:
    if value in TRANSCRIPTION_INCLUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_INCLUDE_VALUES!r}"
    )
