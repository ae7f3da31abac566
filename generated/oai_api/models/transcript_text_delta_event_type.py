from typing import Literal

TranscriptTextDeltaEventType = Literal["transcript.text.delta"]

TRANSCRIPT_TEXT_DELTA_EVENT_TYPE_VALUES: set[TranscriptTextDeltaEventType] = {
    "transcript.text.delta",
}


def check_transcript_text_delta_event_type(value: str) -> TranscriptTextDeltaEventType:
    if value in TRANSCRIPT_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPT_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
