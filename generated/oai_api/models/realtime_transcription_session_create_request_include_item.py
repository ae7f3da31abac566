from typing import Literal

RealtimeTranscriptionSessionCreateRequestIncludeItem = Literal[
    "item.input_audio_transcription.logprobs"
]

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INCLUDE_ITEM_VALUES: set[
    RealtimeTranscriptionSessionCreateRequestIncludeItem
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_transcription_session_create_request_include_item(
    value: str,
) -> RealtimeTranscriptionSessionCreateRequestIncludeItem:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INCLUDE_ITEM_VALUES!r}"
    )
