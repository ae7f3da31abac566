from typing import Literal

GraderPythonType = Literal["python"]

GRADER_PYTHON_TYPE_VALUES: set[GraderPythonType] = {
    "python",
}


def check_grader_python_type(value: str) -> GraderPythonType:
    if value in GRADER_PYTHON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADER_PYTHON_TYPE_VALUES!r}"
    )
