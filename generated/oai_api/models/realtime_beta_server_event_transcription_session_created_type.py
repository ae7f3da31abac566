from typing import Literal

RealtimeBetaServerEventTranscriptionSessionCreatedType = Literal[
    "transcription_session.created"
]

REALTIME_BETA_SERVER_EVENT_TRANSCRIPTION_SESSION_CREATED_TYPE_VALUES: set[
    RealtimeBetaServerEventTranscriptionSessionCreatedType
] = {
    "transcription_session.created",
}


def check_realtime_beta_server_event_transcription_session_created_type(
    value: str,
) -> RealtimeBetaServerEventTranscriptionSessionCreatedType:
    if value in REALTIME_BETA_SERVER_EVENT_TRANSCRIPTION_SESSION_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_TRANSCRIPTION_SESSION_CREATED_TYPE_VALUES!r}"
    )
