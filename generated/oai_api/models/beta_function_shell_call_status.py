from typing import Literal

BetaFunctionShellCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_SHELL_CALL_STATUS_VALUES: set[BetaFunctionShellCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_shell_call_status(value: str) -> BetaFunctionShellCallStatus:
    if value in BETA_FUNCTION_SHELL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_STATUS_VALUES!r}"
    )
