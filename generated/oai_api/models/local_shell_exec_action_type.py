from typing import Literal

LocalShellExecActionType = Literal["exec"]

LOCAL_SHELL_EXEC_ACTION_TYPE_VALUES: set[LocalShellExecActionType] = {
    "exec",
}


def check_local_shell_exec_action_type(value: str) -> LocalShellExecActionType:
    if value in LOCAL_SHELL_EXEC_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_EXEC_ACTION_TYPE_VALUES!r}"
    )
