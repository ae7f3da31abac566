from typing import Literal

InputFileContentType = Literal["input_file"]

INPUT_FILE_CONTENT_TYPE_VALUES: set[InputFileContentType] = {
    "input_file",
}


def check_input_file_content_type(value: str) -> InputFileContentType:
    if value in INPUT_FILE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_FILE_CONTENT_TYPE_VALUES!r}"
    )
