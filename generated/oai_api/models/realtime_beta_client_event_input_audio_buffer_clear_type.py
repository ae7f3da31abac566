from typing import Literal

RealtimeBetaClientEventInputAudioBufferClearType = Literal["input_audio_buffer.clear"]

REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES: set[
    RealtimeBetaClientEventInputAudioBufferClearType
] = {
    "input_audio_buffer.clear",
}


def check_realtime_beta_client_event_input_audio_buffer_clear_type(
    value: str,
) -> RealtimeBetaClientEventInputAudioBufferClearType:
    if value in REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES!r}"
    )
