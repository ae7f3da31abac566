from typing import Literal

BetaFileSearchToolCallType = Literal["file_search_call"]

BETA_FILE_SEARCH_TOOL_CALL_TYPE_VALUES: set[BetaFileSearchToolCallType] = {
    "file_search_call",
}


def check_beta_file_search_tool_call_type(value: str) -> BetaFileSearchToolCallType:
    if value in BETA_FILE_SEARCH_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FILE_SEARCH_TOOL_CALL_TYPE_VALUES!r}"
    )
