from typing import Literal

RealtimeServerEventOutputAudioBufferStartedType = Literal["output_audio_buffer.started"]

REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_STARTED_TYPE_VALUES: set[
    RealtimeServerEventOutputAudioBufferStartedType
] = {
    "output_audio_buffer.started",
}


def check_realtime_server_event_output_audio_buffer_started_type(
    value: str,
) -> RealtimeServerEventOutputAudioBufferStartedType:
    if value in REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_STARTED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_STARTED_TYPE_VALUES!r}"
    )
