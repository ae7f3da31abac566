from typing import Literal

AudioTranscriptionResponseModelType1 = Literal[
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-live-transcribe",
    "gpt-realtime-whisper",
    "gpt-transcribe",
    "whisper-1",
]

AUDIO_TRANSCRIPTION_RESPONSE_MODEL_TYPE_1_VALUES: set[
    AudioTranscriptionResponseModelType1
] = {
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-live-transcribe",
    "gpt-realtime-whisper",
    "gpt-transcribe",
    "whisper-1",
}


def check_audio_transcription_response_model_type_1(
    value: str,
) -> AudioTranscriptionResponseModelType1:
    if value in AUDIO_TRANSCRIPTION_RESPONSE_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_TRANSCRIPTION_RESPONSE_MODEL_TYPE_1_VALUES!r}"
    )
