from typing import Literal

RealtimeSessionCreateResponseIncludeItem = Literal[
    "item.input_audio_transcription.logprobs"
]

REALTIME_SESSION_CREATE_RESPONSE_INCLUDE_ITEM_VALUES: set[
    RealtimeSessionCreateResponseIncludeItem
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_session_create_response_include_item(
    value: str,
) -> RealtimeSessionCreateResponseIncludeItem:
    if value in REALTIME_SESSION_CREATE_RESPONSE_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_INCLUDE_ITEM_VALUES!r}"
    )
