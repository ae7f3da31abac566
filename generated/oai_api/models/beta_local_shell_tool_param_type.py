from typing import Literal

BetaLocalShellToolParamType = Literal["local_shell"]

BETA_LOCAL_SHELL_TOOL_PARAM_TYPE_VALUES: set[BetaLocalShellToolParamType] = {
    "local_shell",
}


def check_beta_local_shell_tool_param_type(value: str) -> BetaLocalShellToolParamType:
    if value in BETA_LOCAL_SHELL_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LOCAL_SHELL_TOOL_PARAM_TYPE_VALUES!r}"
    )
