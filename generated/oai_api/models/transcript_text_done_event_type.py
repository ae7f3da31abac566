from typing import Literal

TranscriptTextDoneEventType = Literal["transcript.text.done"]

TRANSCRIPT_TEXT_DONE_EVENT_TYPE_VALUES: set[TranscriptTextDoneEventType] = {
    "transcript.text.done",
}


def check_transcript_text_done_event_type(value: str) -> TranscriptTextDoneEventType:
    if value in TRANSCRIPT_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPT_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
