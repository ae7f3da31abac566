from typing import Literal

GraderStringCheckOperation = Literal["eq", "ilike", "like", "ne"]

GRADER_STRING_CHECK_OPERATION_VALUES: set[GraderStringCheckOperation] = {
    "eq",
    "ilike",
    "like",
    "ne",
}


def check_grader_string_check_operation(value: str) -> GraderStringCheckOperation:
    if value in GRADER_STRING_CHECK_OPERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADER_STRING_CHECK_OPERATION_VALUES!r}"
    )
