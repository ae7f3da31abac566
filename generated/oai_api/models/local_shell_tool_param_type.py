from typing import Literal

LocalShellToolParamType = Literal["local_shell"]

LOCAL_SHELL_TOOL_PARAM_TYPE_VALUES: set[LocalShellToolParamType] = {
    "local_shell",
}


def check_local_shell_tool_param_type(value: str) -> LocalShellToolParamType:
    if value in LOCAL_SHELL_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_TOOL_PARAM_TYPE_VALUES!r}"
    )
