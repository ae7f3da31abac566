from typing import Literal

BetaFunctionShellCallOutputStatusEnum = Literal[
    "completed", "in_progress", "incomplete"
]

BETA_FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES: set[
    BetaFunctionShellCallOutputStatusEnum
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_shell_call_output_status_enum(
    value: str,
) -> BetaFunctionShellCallOutputStatusEnum:
    if value in BETA_FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES!r}"
    )
