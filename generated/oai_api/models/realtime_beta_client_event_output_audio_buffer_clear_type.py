from typing import Literal

RealtimeBetaClientEventOutputAudioBufferClearType = Literal["output_audio_buffer.clear"]

REALTIME_BETA_CLIENT_EVENT_OUTPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES: set[
    RealtimeBetaClientEventOutputAudioBufferClearType
] = {
    "output_audio_buffer.clear",
}


def check_realtime_beta_client_event_output_audio_buffer_clear_type(
    value: str,
) -> RealtimeBetaClientEventOutputAudioBufferClearType:
    if value in REALTIME_BETA_CLIENT_EVENT_OUTPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_OUTPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES!r}"
    )
