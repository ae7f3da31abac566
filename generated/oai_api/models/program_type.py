from typing import Literal

ProgramType = Literal["program"]

PROGRAM_TYPE_VALUES: set[ProgramType] = {
    "program",
}


def check_program_type(value: str) -> ProgramType:
    if value in PROGRAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_TYPE_VALUES!r}"
    )
