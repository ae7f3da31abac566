from typing import Literal

BetaLocalShellToolCallOutputStatusType0 = Literal[
    "completed", "in_progress", "incomplete"
]

BETA_LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_TYPE_0_VALUES: set[
    BetaLocalShellToolCallOutputStatusType0
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_local_shell_tool_call_output_status_type_0(
    value: str,
) -> BetaLocalShellToolCallOutputStatusType0:
    if value in BETA_LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_TYPE_0_VALUES!r}"
    )
