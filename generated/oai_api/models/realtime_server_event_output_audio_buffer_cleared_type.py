from typing import Literal

RealtimeServerEventOutputAudioBufferClearedType = Literal["output_audio_buffer.cleared"]

REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES: set[
    RealtimeServerEventOutputAudioBufferClearedType
] = {
    "output_audio_buffer.cleared",
}


def check_realtime_server_event_output_audio_buffer_cleared_type(
    value: str,
) -> RealtimeServerEventOutputAudioBufferClearedType:
    if value in REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_CLEARED_TYPE_VALUES!r}"
    )
