from typing import Literal

RealtimeServerEventResponseAudioTranscriptDoneType = Literal[
    "response.output_audio_transcript.done"
]

REALTIME_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DONE_TYPE_VALUES: set[
    RealtimeServerEventResponseAudioTranscriptDoneType
] = {
    "response.output_audio_transcript.done",
}


def check_realtime_server_event_response_audio_transcript_done_type(
    value: str,
) -> RealtimeServerEventResponseAudioTranscriptDoneType:
    if value in REALTIME_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DONE_TYPE_VALUES!r}"
    )
