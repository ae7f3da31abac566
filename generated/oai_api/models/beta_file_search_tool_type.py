from typing import Literal

BetaFileSearchToolType = Literal["file_search"]

BETA_FILE_SEARCH_TOOL_TYPE_VALUES: set[BetaFileSearchToolType] = {
    "file_search",
}


def check_beta_file_search_tool_type(value: str) -> BetaFileSearchToolType:
    if value in BETA_FILE_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FILE_SEARCH_TOOL_TYPE_VALUES!r}"
    )
