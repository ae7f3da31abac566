from typing import Literal

BetaLocalShellToolCallOutputType = Literal["local_shell_call_output"]

BETA_LOCAL_SHELL_TOOL_CALL_OUTPUT_TYPE_VALUES: set[BetaLocalShellToolCallOutputType] = {
    "local_shell_call_output",
}


def check_beta_local_shell_tool_call_output_type(
    value: str,
) -> BetaLocalShellToolCallOutputType:
    if value in BETA_LOCAL_SHELL_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LOCAL_SHELL_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
