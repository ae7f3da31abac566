from typing import Literal

BetaFunctionCallItemStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_CALL_ITEM_STATUS_VALUES: set[BetaFunctionCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_call_item_status(value: str) -> BetaFunctionCallItemStatus:
    if value in BETA_FUNCTION_CALL_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_CALL_ITEM_STATUS_VALUES!r}"
    )
