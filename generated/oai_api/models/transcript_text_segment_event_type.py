from typing import Literal

TranscriptTextSegmentEventType = Literal["transcript.text.segment"]

TRANSCRIPT_TEXT_SEGMENT_EVENT_TYPE_VALUES: set[TranscriptTextSegmentEventType] = {
    "transcript.text.segment",
}


def check_transcript_text_segment_event_type(
    value: str,
) -> TranscriptTextSegmentEventType:
    if value in TRANSCRIPT_TEXT_SEGMENT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPT_TEXT_SEGMENT_EVENT_TYPE_VALUES!r}"
    )
