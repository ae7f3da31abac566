from typing import Literal

BetaResponseAudioTranscriptDoneEventType = Literal["response.audio.transcript.done"]

BETA_RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_TYPE_VALUES: set[
    BetaResponseAudioTranscriptDoneEventType
] = {
    "response.audio.transcript.done",
}


def check_beta_response_audio_transcript_done_event_type(
    value: str,
) -> BetaResponseAudioTranscriptDoneEventType:
    if value in BETA_RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_TYPE_VALUES!r}"
    )
