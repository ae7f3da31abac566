from typing import Literal

CreateTranscriptionResponseDiarizedJsonTask = Literal["transcribe"]

CREATE_TRANSCRIPTION_RESPONSE_DIARIZED_JSON_TASK_VALUES: set[
    CreateTranscriptionResponseDiarizedJsonTask
] = {
    "transcribe",
}


def check_create_transcription_response_diarized_json_task(
    value: str,
) -> CreateTranscriptionResponseDiarizedJsonTask:
    if value in CREATE_TRANSCRIPTION_RESPONSE_DIARIZED_JSON_TASK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSCRIPTION_RESPONSE_DIARIZED_JSON_TASK_VALUES!r}"
    )
