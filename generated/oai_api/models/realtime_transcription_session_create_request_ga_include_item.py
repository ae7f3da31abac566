from typing import Literal

RealtimeTranscriptionSessionCreateRequestGAIncludeItem = Literal[
    "item.input_audio_transcription.logprobs"
]

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA_INCLUDE_ITEM_VALUES: set[
    RealtimeTranscriptionSessionCreateRequestGAIncludeItem
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_transcription_session_create_request_ga_include_item(
    value: str,
) -> RealtimeTranscriptionSessionCreateRequestGAIncludeItem:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA_INCLUDE_ITEM_VALUES!r}"
    )
