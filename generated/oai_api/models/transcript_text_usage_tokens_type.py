from typing import Literal

TranscriptTextUsageTokensType = Literal["tokens"]

TRANSCRIPT_TEXT_USAGE_TOKENS_TYPE_VALUES: set[TranscriptTextUsageTokensType] = {
    "tokens",
}


def check_transcript_text_usage_tokens_type(
    value: str,
) -> TranscriptTextUsageTokensType:
    if value in TRANSCRIPT_TEXT_USAGE_TOKENS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPT_TEXT_USAGE_TOKENS_TYPE_VALUES!r}"
    )
