from typing import Literal

LocalShellToolCallType = Literal["local_shell_call"]

LOCAL_SHELL_TOOL_CALL_TYPE_VALUES: set[LocalShellToolCallType] = {
    "local_shell_call",
}


def check_local_shell_tool_call_type(value: str) -> LocalShellToolCallType:
    if value in LOCAL_SHELL_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_TOOL_CALL_TYPE_VALUES!r}"
    )
