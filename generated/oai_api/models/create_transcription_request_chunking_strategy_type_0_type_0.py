from typing import Literal

CreateTranscriptionRequestChunkingStrategyType0Type0 = Literal["auto"]

CREATE_TRANSCRIPTION_REQUEST_CHUNKING_STRATEGY_TYPE_0_TYPE_0_VALUES: set[
    CreateTranscriptionRequestChunkingStrategyType0Type0
] = {
    "auto",
}


def check_create_transcription_request_chunking_strategy_type_0_type_0(
    value: str,
) -> CreateTranscriptionRequestChunkingStrategyType0Type0:
    if value in CREATE_TRANSCRIPTION_REQUEST_CHUNKING_STRATEGY_TYPE_0_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSCRIPTION_REQUEST_CHUNKING_STRATEGY_TYPE_0_TYPE_0_VALUES!r}"
    )
