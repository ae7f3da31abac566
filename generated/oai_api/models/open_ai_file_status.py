from typing import Literal

OpenAIFileStatus = Literal["error", "processed", "uploaded"]

OPEN_AI_FILE_STATUS_VALUES: set[OpenAIFileStatus] = {
    "error",
    "processed",
    "uploaded",
}


def check_open_ai_file_status(value: str) -> OpenAIFileStatus:
    if value in OPEN_AI_FILE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_STATUS_VALUES!r}"
    )
