from typing import Literal

FunctionCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES: set[FunctionCallOutputStatusEnum] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_call_output_status_enum(value: str) -> FunctionCallOutputStatusEnum:
    if value in FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES!r}"
    )
