from typing import Literal

OutputAudioType = Literal["output_audio"]

OUTPUT_AUDIO_TYPE_VALUES: set[OutputAudioType] = {
    "output_audio",
}


def check_output_audio_type(value: str) -> OutputAudioType:
    if value in OUTPUT_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_AUDIO_TYPE_VALUES!r}"
    )
