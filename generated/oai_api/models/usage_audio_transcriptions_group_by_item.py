from typing import Literal

UsageAudioTranscriptionsGroupByItem = Literal[
    "api_key_id", "model", "project_id", "user_id"
]

USAGE_AUDIO_TRANSCRIPTIONS_GROUP_BY_ITEM_VALUES: set[
    UsageAudioTranscriptionsGroupByItem
] = {
    "api_key_id",
    "model",
    "project_id",
    "user_id",
}


def check_usage_audio_transcriptions_group_by_item(
    value: str,
) -> UsageAudioTranscriptionsGroupByItem:
    if value in USAGE_AUDIO_TRANSCRIPTIONS_GROUP_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_AUDIO_TRANSCRIPTIONS_GROUP_BY_ITEM_VALUES!r}"
    )
