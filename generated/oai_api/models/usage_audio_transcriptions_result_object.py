from typing import Literal

UsageAudioTranscriptionsResultObject = Literal[
    "organization.usage.audio_transcriptions.result"
]

USAGE_AUDIO_TRANSCRIPTIONS_RESULT_OBJECT_VALUES: set[
    UsageAudioTranscriptionsResultObject
] = {
    "organization.usage.audio_transcriptions.result",
}


def check_usage_audio_transcriptions_result_object(
    value: str,
) -> UsageAudioTranscriptionsResultObject:
    if value in USAGE_AUDIO_TRANSCRIPTIONS_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_AUDIO_TRANSCRIPTIONS_RESULT_OBJECT_VALUES!r}"
    )
