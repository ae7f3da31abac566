from typing import Literal

BetaFileSearchToolCallStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "searching"
]

BETA_FILE_SEARCH_TOOL_CALL_STATUS_VALUES: set[BetaFileSearchToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "searching",
}


def check_beta_file_search_tool_call_status(value: str) -> BetaFileSearchToolCallStatus:
    if value in BETA_FILE_SEARCH_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FILE_SEARCH_TOOL_CALL_STATUS_VALUES!r}"
    )
