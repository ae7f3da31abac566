from typing import Literal

FunctionShellCallItemStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_SHELL_CALL_ITEM_STATUS_VALUES: set[FunctionShellCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_shell_call_item_status(value: str) -> FunctionShellCallItemStatus:
    if value in FUNCTION_SHELL_CALL_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_ITEM_STATUS_VALUES!r}"
    )
