from typing import Literal

DeleteFileResponseObject = Literal["file"]

DELETE_FILE_RESPONSE_OBJECT_VALUES: set[DeleteFileResponseObject] = {
    "file",
}


def check_delete_file_response_object(value: str) -> DeleteFileResponseObject:
    if value in DELETE_FILE_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_FILE_RESPONSE_OBJECT_VALUES!r}"
    )
