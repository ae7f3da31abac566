from typing import Literal

RealtimeClientEventOutputAudioBufferClearType = Literal["output_audio_buffer.clear"]

REALTIME_CLIENT_EVENT_OUTPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES: set[
    RealtimeClientEventOutputAudioBufferClearType
] = {
    "output_audio_buffer.clear",
}


def check_realtime_client_event_output_audio_buffer_clear_type(
    value: str,
) -> RealtimeClientEventOutputAudioBufferClearType:
    if value in REALTIME_CLIENT_EVENT_OUTPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_OUTPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES!r}"
    )
