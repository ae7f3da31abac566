from typing import Literal

RealtimeClientEventTranscriptionSessionUpdateType = Literal[
    "transcription_session.update"
]

REALTIME_CLIENT_EVENT_TRANSCRIPTION_SESSION_UPDATE_TYPE_VALUES: set[
    RealtimeClientEventTranscriptionSessionUpdateType
] = {
    "transcription_session.update",
}


def check_realtime_client_event_transcription_session_update_type(
    value: str,
) -> RealtimeClientEventTranscriptionSessionUpdateType:
    if value in REALTIME_CLIENT_EVENT_TRANSCRIPTION_SESSION_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CLIENT_EVENT_TRANSCRIPTION_SESSION_UPDATE_TYPE_VALUES!r}"
    )
