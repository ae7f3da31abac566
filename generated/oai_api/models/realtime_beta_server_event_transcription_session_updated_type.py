from typing import Literal

RealtimeBetaServerEventTranscriptionSessionUpdatedType = Literal[
    "transcription_session.updated"
]

REALTIME_BETA_SERVER_EVENT_TRANSCRIPTION_SESSION_UPDATED_TYPE_VALUES: set[
    RealtimeBetaServerEventTranscriptionSessionUpdatedType
] = {
    "transcription_session.updated",
}


def check_realtime_beta_server_event_transcription_session_updated_type(
    value: str,
) -> RealtimeBetaServerEventTranscriptionSessionUpdatedType:
    if value in REALTIME_BETA_SERVER_EVENT_TRANSCRIPTION_SESSION_UPDATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_TRANSCRIPTION_SESSION_UPDATED_TYPE_VALUES!r}"
    )
