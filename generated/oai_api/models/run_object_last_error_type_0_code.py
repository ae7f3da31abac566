from typing import Literal

RunObjectLastErrorType0Code = Literal[
    "invalid_prompt", "rate_limit_exceeded", "server_error"
]

RUN_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES: set[RunObjectLastErrorType0Code] = {
    "invalid_prompt",
    "rate_limit_exceeded",
    "server_error",
}


def check_run_object_last_error_type_0_code(value: str) -> RunObjectLastErrorType0Code:
    if value in RUN_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES!r}"
    )
