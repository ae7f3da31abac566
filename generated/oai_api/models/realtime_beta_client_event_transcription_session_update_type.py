from typing import Literal

RealtimeBetaClientEventTranscriptionSessionUpdateType = Literal[
    "transcription_session.update"
]

REALTIME_BETA_CLIENT_EVENT_TRANSCRIPTION_SESSION_UPDATE_TYPE_VALUES: set[
    RealtimeBetaClientEventTranscriptionSessionUpdateType
] = {
    "transcription_session.update",
}


def check_realtime_beta_client_event_transcription_session_update_type(
    value: str,
) -> RealtimeBetaClientEventTranscriptionSessionUpdateType:
    if value in REALTIME_BETA_CLIENT_EVENT_TRANSCRIPTION_SESSION_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CLIENT_EVENT_TRANSCRIPTION_SESSION_UPDATE_TYPE_VALUES!r}"
    )
