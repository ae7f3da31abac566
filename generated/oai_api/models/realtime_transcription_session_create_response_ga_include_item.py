from typing import Literal

RealtimeTranscriptionSessionCreateResponseGAIncludeItem = Literal[
    "item.input_audio_transcription.logprobs"
]

REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_INCLUDE_ITEM_VALUES: set[
    RealtimeTranscriptionSessionCreateResponseGAIncludeItem
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_transcription_session_create_response_ga_include_item(
    value: str,
) -> RealtimeTranscriptionSessionCreateResponseGAIncludeItem:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_INCLUDE_ITEM_VALUES!r}"
    )
