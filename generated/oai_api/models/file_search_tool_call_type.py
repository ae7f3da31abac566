from typing import Literal

FileSearchToolCallType = Literal["file_search_call"]

FILE_SEARCH_TOOL_CALL_TYPE_VALUES: set[FileSearchToolCallType] = {
    "file_search_call",
}


def check_file_search_tool_call_type(value: str) -> FileSearchToolCallType:
    if value in FILE_SEARCH_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_TOOL_CALL_TYPE_VALUES!r}"
    )
