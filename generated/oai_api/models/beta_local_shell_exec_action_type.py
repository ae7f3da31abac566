from typing import Literal

BetaLocalShellExecActionType = Literal["exec"]

BETA_LOCAL_SHELL_EXEC_ACTION_TYPE_VALUES: set[BetaLocalShellExecActionType] = {
    "exec",
}


def check_beta_local_shell_exec_action_type(value: str) -> BetaLocalShellExecActionType:
    if value in BETA_LOCAL_SHELL_EXEC_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LOCAL_SHELL_EXEC_ACTION_TYPE_VALUES!r}"
    )
