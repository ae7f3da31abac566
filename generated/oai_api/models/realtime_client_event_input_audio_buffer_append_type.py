from typing import Literal

RealtimeClientEventInputAudioBufferAppendType = Literal["input_audio_buffer.append"]

REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES: set[
    RealtimeClientEventInputAudioBufferAppendType
] = {
    "input_audio_buffer.append",
}


def check_realtime_client_event_input_audio_buffer_append_type(
    value: str,
) -> RealtimeClientEventInputAudioBufferAppendType:
    if value in REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_APPEND_TYPE_VALUES!r}"
    )
