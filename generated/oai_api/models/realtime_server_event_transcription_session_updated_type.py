from typing import Literal

RealtimeServerEventTranscriptionSessionUpdatedType = Literal[
    "transcription_session.updated"
]

REALTIME_SERVER_EVENT_TRANSCRIPTION_SESSION_UPDATED_TYPE_VALUES: set[
    RealtimeServerEventTranscriptionSessionUpdatedType
] = {
    "transcription_session.updated",
}


def check_realtime_server_event_transcription_session_updated_type(
    value: str,
) -> RealtimeServerEventTranscriptionSessionUpdatedType:
    if value in REALTIME_SERVER_EVENT_TRANSCRIPTION_SESSION_UPDATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_TRANSCRIPTION_SESSION_UPDATED_TYPE_VALUES!r}"
    )
