from typing import Literal

RealtimeBetaServerEventInputAudioBufferCommittedType = Literal[
    "input_audio_buffer.committed"
]

REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_COMMITTED_TYPE_VALUES: set[
    RealtimeBetaServerEventInputAudioBufferCommittedType
] = {
    "input_audio_buffer.committed",
}


def check_realtime_beta_server_event_input_audio_buffer_committed_type(
    value: str,
) -> RealtimeBetaServerEventInputAudioBufferCommittedType:
    if value in REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_COMMITTED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_INPUT_AUDIO_BUFFER_COMMITTED_TYPE_VALUES!r}"
    )
