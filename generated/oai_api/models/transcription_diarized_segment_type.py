from typing import Literal

TranscriptionDiarizedSegmentType = Literal["transcript.text.segment"]

TRANSCRIPTION_DIARIZED_SEGMENT_TYPE_VALUES: set[TranscriptionDiarizedSegmentType] = {
    "transcript.text.segment",
}


def check_transcription_diarized_segment_type(
    value: str,
) -> TranscriptionDiarizedSegmentType:
    if value in TRANSCRIPTION_DIARIZED_SEGMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_DIARIZED_SEGMENT_TYPE_VALUES!r}"
    )
