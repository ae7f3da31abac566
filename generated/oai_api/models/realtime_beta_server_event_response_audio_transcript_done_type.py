from typing import Literal

RealtimeBetaServerEventResponseAudioTranscriptDoneType = Literal[
    "response.output_audio_transcript.done"
]

REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DONE_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseAudioTranscriptDoneType
] = {
    "response.output_audio_transcript.done",
}


def check_realtime_beta_server_event_response_audio_transcript_done_type(
    value: str,
) -> RealtimeBetaServerEventResponseAudioTranscriptDoneType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_AUDIO_TRANSCRIPT_DONE_TYPE_VALUES!r}"
    )
