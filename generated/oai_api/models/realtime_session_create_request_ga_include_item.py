from typing import Literal

RealtimeSessionCreateRequestGAIncludeItem = Literal[
    "item.input_audio_transcription.logprobs"
]

REALTIME_SESSION_CREATE_REQUEST_GA_INCLUDE_ITEM_VALUES: set[
    RealtimeSessionCreateRequestGAIncludeItem
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_session_create_request_ga_include_item(
    value: str,
) -> RealtimeSessionCreateRequestGAIncludeItem:
    if value in REALTIME_SESSION_CREATE_REQUEST_GA_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_GA_INCLUDE_ITEM_VALUES!r}"
    )
