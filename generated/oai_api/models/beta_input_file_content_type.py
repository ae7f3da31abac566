from typing import Literal

BetaInputFileContentType = Literal["input_file"]

BETA_INPUT_FILE_CONTENT_TYPE_VALUES: set[BetaInputFileContentType] = {
    "input_file",
}


def check_beta_input_file_content_type(value: str) -> BetaInputFileContentType:
    if value in BETA_INPUT_FILE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_FILE_CONTENT_TYPE_VALUES!r}"
    )
