from typing import Literal

RealtimeServerEventOutputAudioBufferStoppedType = Literal["output_audio_buffer.stopped"]

REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_STOPPED_TYPE_VALUES: set[
    RealtimeServerEventOutputAudioBufferStoppedType
] = {
    "output_audio_buffer.stopped",
}


def check_realtime_server_event_output_audio_buffer_stopped_type(
    value: str,
) -> RealtimeServerEventOutputAudioBufferStoppedType:
    if value in REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_STOPPED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_OUTPUT_AUDIO_BUFFER_STOPPED_TYPE_VALUES!r}"
    )
