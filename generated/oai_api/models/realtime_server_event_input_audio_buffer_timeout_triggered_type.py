from typing import Literal

RealtimeServerEventInputAudioBufferTimeoutTriggeredType = Literal[
    "input_audio_buffer.timeout_triggered"
]

REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_TIMEOUT_TRIGGERED_TYPE_VALUES: set[
    RealtimeServerEventInputAudioBufferTimeoutTriggeredType
] = {
    "input_audio_buffer.timeout_triggered",
}


def check_realtime_server_event_input_audio_buffer_timeout_triggered_type(
    value: str,
) -> RealtimeServerEventInputAudioBufferTimeoutTriggeredType:
    if value in REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_TIMEOUT_TRIGGERED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_TIMEOUT_TRIGGERED_TYPE_VALUES!r}"
    )
