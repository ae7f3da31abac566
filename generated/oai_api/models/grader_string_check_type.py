from typing import Literal

GraderStringCheckType = Literal["string_check"]

GRADER_STRING_CHECK_TYPE_VALUES: set[GraderStringCheckType] = {
    "string_check",
}


def check_grader_string_check_type(value: str) -> GraderStringCheckType:
    if value in GRADER_STRING_CHECK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADER_STRING_CHECK_TYPE_VALUES!r}"
    )
