from typing import Literal

BetaInputAudioType = Literal["input_audio"]

BETA_INPUT_AUDIO_TYPE_VALUES: set[BetaInputAudioType] = {
    "input_audio",
}


def check_beta_input_audio_type(value: str) -> BetaInputAudioType:
    if value in BETA_INPUT_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_AUDIO_TYPE_VALUES!r}"
    )
