from typing import Literal

BetaFilePathType = Literal["file_path"]

BETA_FILE_PATH_TYPE_VALUES: set[BetaFilePathType] = {
    "file_path",
}


def check_beta_file_path_type(value: str) -> BetaFilePathType:
    if value in BETA_FILE_PATH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FILE_PATH_TYPE_VALUES!r}"
    )
