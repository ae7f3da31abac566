from typing import Literal

UsageAudioTranscriptionsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_AUDIO_TRANSCRIPTIONS_BUCKET_WIDTH_VALUES: set[
    UsageAudioTranscriptionsBucketWidth
] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_audio_transcriptions_bucket_width(
    value: str,
) -> UsageAudioTranscriptionsBucketWidth:
    if value in USAGE_AUDIO_TRANSCRIPTIONS_BUCKET_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_AUDIO_TRANSCRIPTIONS_BUCKET_WIDTH_VALUES!r}"
    )
