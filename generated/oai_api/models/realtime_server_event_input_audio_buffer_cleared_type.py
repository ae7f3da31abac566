from typing import Literal

RealtimeServerEventInputAudioBufferClearedType = Literal["input_audio_buffer.cleared"]

REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES: set[
    RealtimeServerEventInputAudioBufferClearedType
] = {
    "input_audio_buffer.cleared",
}


def check_realtime_server_event_input_audio_buffer_cleared_type(
    value: str,
) -> RealtimeServerEventInputAudioBufferClearedType:
    if value in REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_INPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES!r}"
    )
