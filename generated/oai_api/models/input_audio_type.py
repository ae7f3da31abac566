from typing import Literal

InputAudioType = Literal["input_audio"]

INPUT_AUDIO_TYPE_VALUES: set[InputAudioType] = {
    "input_audio",
}


def check_input_audio_type(value: str) -> InputAudioType:
    if value in INPUT_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_AUDIO_TYPE_VALUES!r}"
    )
