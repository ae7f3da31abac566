from typing import Literal

RealtimeServerEventResponseAudioTranscriptDeltaType = Literal[
    "response.output_audio_transcript.delta"
]

REALTIME_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DELTA_TYPE_VALUES: set[
    RealtimeServerEventResponseAudioTranscriptDeltaType
] = {
    "response.output_audio_transcript.delta",
}


def check_realtime_server_event_response_audio_transcript_delta_type(
    value: str,
) -> RealtimeServerEventResponseAudioTranscriptDeltaType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DELTA_TYPE_VALUES!r}"
    )
