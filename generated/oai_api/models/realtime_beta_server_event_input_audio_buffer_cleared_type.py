from typing import Literal

RealtimeBetaServerEventInputAudioBufferClearedType = Literal[
    "input_audio_buffer.cleared"
]

REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES: set[
    RealtimeBetaServerEventInputAudioBufferClearedType
] = {
    "input_audio_buffer.cleared",
}


def check_realtime_beta_server_event_input_audio_buffer_cleared_type(
    value: str,
) -> RealtimeBetaServerEventInputAudioBufferClearedType:
    if value in REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES!r}"
    )
