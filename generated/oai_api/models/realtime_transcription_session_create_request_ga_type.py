from typing import Literal

RealtimeTranscriptionSessionCreateRequestGAType = Literal["transcription"]

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA_TYPE_VALUES: set[
    RealtimeTranscriptionSessionCreateRequestGAType
] = {
    "transcription",
}


def check_realtime_transcription_session_create_request_ga_type(
    value: str,
) -> RealtimeTranscriptionSessionCreateRequestGAType:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_GA_TYPE_VALUES!r}"
    )
