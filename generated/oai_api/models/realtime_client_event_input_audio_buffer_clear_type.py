from typing import Literal

RealtimeClientEventInputAudioBufferClearType = Literal["input_audio_buffer.clear"]

REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES: set[
    RealtimeClientEventInputAudioBufferClearType
] = {
    "input_audio_buffer.clear",
}


def check_realtime_client_event_input_audio_buffer_clear_type(
    value: str,
) -> RealtimeClientEventInputAudioBufferClearType:
    if value in REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_CLEAR_TYPE_VALUES!r}"
    )
