from typing import Literal

FileInputDetail = Literal["auto", "high", "low"]

FILE_INPUT_DETAIL_VALUES: set[FileInputDetail] = {
    "auto",
    "high",
    "low",
}


def check_file_input_detail(value: str) -> FileInputDetail:
    if value in FILE_INPUT_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_INPUT_DETAIL_VALUES!r}"
    )
