from typing import Literal

RealtimeBetaClientEventInputAudioBufferAppendType = Literal["input_audio_buffer.append"]

REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES: set[
    RealtimeBetaClientEventInputAudioBufferAppendType
] = {
    "input_audio_buffer.append",
}


def check_realtime_beta_client_event_input_audio_buffer_append_type(
    value: str,
) -> RealtimeBetaClientEventInputAudioBufferAppendType:
    if value in REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES!r}"
    )
