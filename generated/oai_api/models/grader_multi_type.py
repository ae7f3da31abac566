from typing import Literal

GraderMultiType = Literal["multi"]

GRADER_MULTI_TYPE_VALUES: set[GraderMultiType] = {
    "multi",
}


def check_grader_multi_type(value: str) -> GraderMultiType:
    if value in GRADER_MULTI_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADER_MULTI_TYPE_VALUES!r}"
    )
