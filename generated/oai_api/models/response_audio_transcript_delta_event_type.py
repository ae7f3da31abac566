from typing import Literal

ResponseAudioTranscriptDeltaEventType = Literal["response.audio.transcript.delta"]

RESPONSE_AUDIO_TRANSCRIPT_DELTA_EVENT_TYPE_VALUES: set[
    ResponseAudioTranscriptDeltaEventType
] = {
    "response.audio.transcript.delta",
}


def check_response_audio_transcript_delta_event_type(
    value: str,
) -> ResponseAudioTranscriptDeltaEventType:
    if value in RESPONSE_AUDIO_TRANSCRIPT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_AUDIO_TRANSCRIPT_DELTA_EVENT_TYPE_VALUES!r}"
    )
