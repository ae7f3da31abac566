from typing import Literal

RealtimeServerEventInputAudioBufferCommittedType = Literal[
    "input_audio_buffer.committed"
]

REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_COMMITTED_TYPE_VALUES: set[
    RealtimeServerEventInputAudioBufferCommittedType
] = {
    "input_audio_buffer.committed",
}


def check_realtime_server_event_input_audio_buffer_committed_type(
    value: str,
) -> RealtimeServerEventInputAudioBufferCommittedType:
    if value in REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_COMMITTED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_COMMITTED_TYPE_VALUES!r}"
    )
