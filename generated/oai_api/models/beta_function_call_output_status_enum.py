from typing import Literal

BetaFunctionCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES: set[BetaFunctionCallOutputStatusEnum] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_call_output_status_enum(
    value: str,
) -> BetaFunctionCallOutputStatusEnum:
    if value in BETA_FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES!r}"
    )
