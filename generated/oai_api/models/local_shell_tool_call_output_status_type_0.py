from typing import Literal

LocalShellToolCallOutputStatusType0 = Literal["completed", "in_progress", "incomplete"]

LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_TYPE_0_VALUES: set[
    LocalShellToolCallOutputStatusType0
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_local_shell_tool_call_output_status_type_0(
    value: str,
) -> LocalShellToolCallOutputStatusType0:
    if value in LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_TYPE_0_VALUES!r}"
    )
