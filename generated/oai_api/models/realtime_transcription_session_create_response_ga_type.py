from typing import Literal

RealtimeTranscriptionSessionCreateResponseGAType = Literal["transcription"]

REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_TYPE_VALUES: set[
    RealtimeTranscriptionSessionCreateResponseGAType
] = {
    "transcription",
}


def check_realtime_transcription_session_create_response_ga_type(
    value: str,
) -> RealtimeTranscriptionSessionCreateResponseGAType:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_TYPE_VALUES!r}"
    )
