from typing import Literal

RealtimeTranslationServerEventSessionInputTranscriptDeltaType = Literal[
    "session.input_transcript.delta"
]

REALTIME_TRANSLATION_SERVER_EVENT_SESSION_INPUT_TRANSCRIPT_DELTA_TYPE_VALUES: set[
    RealtimeTranslationServerEventSessionInputTranscriptDeltaType
] = {
    "session.input_transcript.delta",
}


def check_realtime_translation_server_event_session_input_transcript_delta_type(
    value: str,
) -> RealtimeTranslationServerEventSessionInputTranscriptDeltaType:
    if (
        value
        in REALTIME_TRANSLATION_SERVER_EVENT_SESSION_INPUT_TRANSCRIPT_DELTA_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_SERVER_EVENT_SESSION_INPUT_TRANSCRIPT_DELTA_TYPE_VALUES!r}"
    )
