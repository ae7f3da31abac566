from typing import Literal

BetaFunctionShellCallItemStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_SHELL_CALL_ITEM_STATUS_VALUES: set[BetaFunctionShellCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_shell_call_item_status(
    value: str,
) -> BetaFunctionShellCallItemStatus:
    if value in BETA_FUNCTION_SHELL_CALL_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_SHELL_CALL_ITEM_STATUS_VALUES!r}"
    )
