from typing import Literal

RunStepObjectLastErrorType0Code = Literal["rate_limit_exceeded", "server_error"]

RUN_STEP_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES: set[RunStepObjectLastErrorType0Code] = {
    "rate_limit_exceeded",
    "server_error",
}


def check_run_step_object_last_error_type_0_code(
    value: str,
) -> RunStepObjectLastErrorType0Code:
    if value in RUN_STEP_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES!r}"
    )
