from typing import Literal

RealtimeBetaServerEventResponseAudioTranscriptDeltaType = Literal[
    "response.output_audio_transcript.delta"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DELTA_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseAudioTranscriptDeltaType
] = {
    "response.output_audio_transcript.delta",
}


def check_realtime_beta_server_event_response_audio_transcript_delta_type(
    value: str,
) -> RealtimeBetaServerEventResponseAudioTranscriptDeltaType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DELTA_TYPE_VALUES!r}"
    )
