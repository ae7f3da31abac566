from typing import Literal

BetaProgramOutputType = Literal["program_output"]

BETA_PROGRAM_OUTPUT_TYPE_VALUES: set[BetaProgramOutputType] = {
    "program_output",
}


def check_beta_program_output_type(value: str) -> BetaProgramOutputType:
    if value in BETA_PROGRAM_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAM_OUTPUT_TYPE_VALUES!r}"
    )
