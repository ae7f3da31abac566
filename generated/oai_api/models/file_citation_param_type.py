from typing import Literal

FileCitationParamType = Literal["file_citation"]

FILE_CITATION_PARAM_TYPE_VALUES: set[FileCitationParamType] = {
    "file_citation",
}


def check_file_citation_param_type(value: str) -> FileCitationParamType:
    if value in FILE_CITATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_CITATION_PARAM_TYPE_VALUES!r}"
    )
