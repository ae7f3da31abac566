from typing import Literal

BetaOutputAudioType = Literal["output_audio"]

BETA_OUTPUT_AUDIO_TYPE_VALUES: set[BetaOutputAudioType] = {
    "output_audio",
}


def check_beta_output_audio_type(value: str) -> BetaOutputAudioType:
    if value in BETA_OUTPUT_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_OUTPUT_AUDIO_TYPE_VALUES!r}"
    )
