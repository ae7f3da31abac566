from typing import Literal

ResponseAudioTranscriptDoneEventType = Literal["response.audio.transcript.done"]

RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_TYPE_VALUES: set[
    ResponseAudioTranscriptDoneEventType
] = {
    "response.audio.transcript.done",
}


def check_response_audio_transcript_done_event_type(
    value: str,
) -> ResponseAudioTranscriptDoneEventType:
    if value in RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_TYPE_VALUES!r}"
    )
