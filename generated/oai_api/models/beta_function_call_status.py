from typing import Literal

BetaFunctionCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_CALL_STATUS_VALUES: set[BetaFunctionCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_call_status(value: str) -> BetaFunctionCallStatus:
    if value in BETA_FUNCTION_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_CALL_STATUS_VALUES!r}"
    )
