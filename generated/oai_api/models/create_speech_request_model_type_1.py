from typing import Literal

CreateSpeechRequestModelType1 = Literal[
    "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15", "tts-1", "tts-1-hd"
]

CREATE_SPEECH_REQUEST_MODEL_TYPE_1_VALUES: set[CreateSpeechRequestModelType1] = {
    "gpt-4o-mini-tts",
    "gpt-4o-mini-tts-2025-12-15",
    "tts-1",
    "tts-1-hd",
}


def check_create_speech_request_model_type_1(
    value: str,
) -> CreateSpeechRequestModelType1:
    if value in CREATE_SPEECH_REQUEST_MODEL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SPEECH_REQUEST_MODEL_TYPE_1_VALUES!r}"
    )
