from typing import Literal

FileSearchToolType = Literal["file_search"]

FILE_SEARCH_TOOL_TYPE_VALUES: set[FileSearchToolType] = {
    "file_search",
}


def check_file_search_tool_type(value: str) -> FileSearchToolType:
    if value in FILE_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_TOOL_TYPE_VALUES!r}"
    )
