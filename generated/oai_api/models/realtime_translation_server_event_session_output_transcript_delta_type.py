from typing import Literal

RealtimeTranslationServerEventSessionOutputTranscriptDeltaType = Literal[
    "session.output_transcript.delta"
]

REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_TRANSCRIPT_DELTA_TYPE_VALUES: set[
    RealtimeTranslationServerEventSessionOutputTranscriptDeltaType
] = {
    "session.output_transcript.delta",
}


def check_realtime_translation_server_event_session_output_transcript_delta_type(
    value: str,
) -> RealtimeTranslationServerEventSessionOutputTranscriptDeltaType:
    if (
        value
        in REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_TRANSCRIPT_DELTA_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_TRANSCRIPT_DELTA_TYPE_VALUES!r}"
    )
