from typing import Literal

BetaWebSearchToolCallStatus = Literal["completed", "failed", "in_progress", "searching"]

BETA_WEB_SEARCH_TOOL_CALL_STATUS_VALUES: set[BetaWebSearchToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "searching",
}


def check_beta_web_search_tool_call_status(value: str) -> BetaWebSearchToolCallStatus:
    if value in BETA_WEB_SEARCH_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_WEB_SEARCH_TOOL_CALL_STATUS_VALUES!r}"
    )
