from typing import Literal

RealtimeBetaResponseOutputAudioFormat = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_BETA_RESPONSE_OUTPUT_AUDIO_FORMAT_VALUES: set[
    RealtimeBetaResponseOutputAudioFormat
] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_beta_response_output_audio_format(
    value: str,
) -> RealtimeBetaResponseOutputAudioFormat:
    if value in REALTIME_BETA_RESPONSE_OUTPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_OUTPUT_AUDIO_FORMAT_VALUES!r}"
    )
