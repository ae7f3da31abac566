from typing import Literal

TranscriptTextUsageDurationType = Literal["duration"]

TRANSCRIPT_TEXT_USAGE_DURATION_TYPE_VALUES: set[TranscriptTextUsageDurationType] = {
    "duration",
}


def check_transcript_text_usage_duration_type(
    value: str,
) -> TranscriptTextUsageDurationType:
    if value in TRANSCRIPT_TEXT_USAGE_DURATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPT_TEXT_USAGE_DURATION_TYPE_VALUES!r}"
    )
