from typing import Literal

BetaLocalShellToolCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_LOCAL_SHELL_TOOL_CALL_STATUS_VALUES: set[BetaLocalShellToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_local_shell_tool_call_status(value: str) -> BetaLocalShellToolCallStatus:
    if value in BETA_LOCAL_SHELL_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LOCAL_SHELL_TOOL_CALL_STATUS_VALUES!r}"
    )
