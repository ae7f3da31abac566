from typing import Literal

RealtimeClientEventInputAudioBufferCommitType = Literal["input_audio_buffer.commit"]

REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_COMMIT_TYPE_VALUES: set[
    RealtimeClientEventInputAudioBufferCommitType
] = {
    "input_audio_buffer.commit",
}


def check_realtime_client_event_input_audio_buffer_commit_type(
    value: str,
) -> RealtimeClientEventInputAudioBufferCommitType:
    if value in REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_COMMIT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_INPUT_AUDIO_BUFFER_COMMIT_TYPE_VALUES!r}"
    )
