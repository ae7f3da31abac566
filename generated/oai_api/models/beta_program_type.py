from typing import Literal

BetaProgramType = Literal["program"]

BETA_PROGRAM_TYPE_VALUES: set[BetaProgramType] = {
    "program",
}


def check_beta_program_type(value: str) -> BetaProgramType:
    if value in BETA_PROGRAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAM_TYPE_VALUES!r}"
    )
