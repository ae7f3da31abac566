from typing import Literal

BetaInputAudioInputAudioFormat = Literal["mp3", "wav"]

BETA_INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES: set[BetaInputAudioInputAudioFormat] = {
    "mp3",
    "wav",
}


def check_beta_input_audio_input_audio_format(
    value: str,
) -> BetaInputAudioInputAudioFormat:
    if value in BETA_INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES!r}"
    )
