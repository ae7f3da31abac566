from typing import Literal

RealtimeSessionCreateResponseGAIncludeItem = Literal[
    "item.input_audio_transcription.logprobs"
]

REALTIME_SESSION_CREATE_RESPONSE_GA_INCLUDE_ITEM_VALUES: set[
    RealtimeSessionCreateResponseGAIncludeItem
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_session_create_response_ga_include_item(
    value: str,
) -> RealtimeSessionCreateResponseGAIncludeItem:
    if value in REALTIME_SESSION_CREATE_RESPONSE_GA_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_GA_INCLUDE_ITEM_VALUES!r}"
    )
