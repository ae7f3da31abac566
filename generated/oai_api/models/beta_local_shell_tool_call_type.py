from typing import Literal

BetaLocalShellToolCallType = Literal["local_shell_call"]

BETA_LOCAL_SHELL_TOOL_CALL_TYPE_VALUES: set[BetaLocalShellToolCallType] = {
    "local_shell_call",
}


def check_beta_local_shell_tool_call_type(value: str) -> BetaLocalShellToolCallType:
    if value in BETA_LOCAL_SHELL_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LOCAL_SHELL_TOOL_CALL_TYPE_VALUES!r}"
    )
