from typing import Literal

CreateTranscriptionRequestModelType1 = Literal[
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-transcribe",
    "whisper-1",
]

CREATE_TRANSCRIPTION_REQUEST_MODEL_TYPE_1_VALUES: set[
    CreateTranscriptionRequestModelType1
] = {
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-transcribe",
    "whisper-1",
}


def check_create_transcription_request_model_type_1(
    value: str,
) -> CreateTranscriptionRequestModelType1:
    if value in CREATE_TRANSCRIPTION_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSCRIPTION_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
