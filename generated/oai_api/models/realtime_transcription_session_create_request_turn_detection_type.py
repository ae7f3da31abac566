from typing import Literal

RealtimeTranscriptionSessionCreateRequestTurnDetectionType = Literal["server_vad"]

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_TURN_DETECTION_TYPE_VALUES: set[
    RealtimeTranscriptionSessionCreateRequestTurnDetectionType
] = {
    "server_vad",
}


def check_realtime_transcription_session_create_request_turn_detection_type(
    value: str,
) -> RealtimeTranscriptionSessionCreateRequestTurnDetectionType:
    if (
        value
        in REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_TURN_DETECTION_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_TURN_DETECTION_TYPE_VALUES!r}"
    )
