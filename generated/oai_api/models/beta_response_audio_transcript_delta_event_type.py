from typing import Literal

BetaResponseAudioTranscriptDeltaEventType = Literal["response.audio.transcript.delta"]

BETA_RESPONSE_AUDIO_TRANSCRIPT_DELTA_EVENT_TYPE_VALUES: set[
    BetaResponseAudioTranscriptDeltaEventType
] = {
    "response.audio.transcript.delta",
}


def check_beta_response_audio_transcript_delta_event_type(
    value: str,
) -> BetaResponseAudioTranscriptDeltaEventType:
    if value in BETA_RESPONSE_AUDIO_TRANSCRIPT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_AUDIO_TRANSCRIPT_DELTA_EVENT_TYPE_VALUES!r}"
    )
