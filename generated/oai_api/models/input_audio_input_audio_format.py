from typing import Literal

InputAudioInputAudioFormat = Literal["mp3", "wav"]

INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES: set[InputAudioInputAudioFormat] = {
    "mp3",
    "wav",
}


def check_input_audio_input_audio_format(value: str) -> InputAudioInputAudioFormat:
    if value in INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES!r}"
    )
