from typing import Literal

ProgramOutputStatus = Literal["completed", "incomplete"]

PROGRAM_OUTPUT_STATUS_VALUES: set[ProgramOutputStatus] = {
    "completed",
    "incomplete",
}


def check_program_output_status(value: str) -> ProgramOutputStatus:
    if value in PROGRAM_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_OUTPUT_STATUS_VALUES!r}"
    )
