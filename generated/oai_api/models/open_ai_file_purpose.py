from typing import Literal

OpenAIFilePurpose = Literal[
    "assistants",
    "assistants_output",
    "batch",
    "batch_output",
    "fine-tune",
    "fine-tune-results",
    "user_data",
    "vision",
]

OPEN_AI_FILE_PURPOSE_VALUES: set[OpenAIFilePurpose] = {
    "assistants",
    "assistants_output",
    "batch",
    "batch_output",
    "fine-tune",
    "fine-tune-results",
    "user_data",
    "vision",
}


def check_open_ai_file_purpose(value: str) -> OpenAIFilePurpose:
    if value in OPEN_AI_FILE_PURPOSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_PURPOSE_VALUES!r}"
    )
