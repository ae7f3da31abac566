from typing import Literal

RealtimeBetaClientEventInputAudioBufferCommitType = Literal["input_audio_buffer.commit"]

REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_COMMIT_TYPE_VALUES: set[
    RealtimeBetaClientEventInputAudioBufferCommitType
] = {
    "input_audio_buffer.commit",
}


def check_realtime_beta_client_event_input_audio_buffer_commit_type(
    value: str,
) -> RealtimeBetaClientEventInputAudioBufferCommitType:
    if value in REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_COMMIT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_INPUT_AUDIO_BUFFER_COMMIT_TYPE_VALUES!r}"
    )
