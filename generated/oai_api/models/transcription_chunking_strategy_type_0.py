from typing import Literal

TranscriptionChunkingStrategyType0 = Literal["auto"]

TRANSCRIPTION_CHUNKING_STRATEGY_TYPE_0_VALUES: set[
    TranscriptionChunkingStrategyType0
] = {
    "auto",
}


def check_transcription_chunking_strategy_type_0(
    value: str,
) -> TranscriptionChunkingStrategyType0:
    if value in TRANSCRIPTION_CHUNKING_STRATEGY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_CHUNKING_STRATEGY_TYPE_0_VALUES!r}"
    )
