from typing import Literal

ProgramItemParamType = Literal["program"]

PROGRAM_ITEM_PARAM_TYPE_VALUES: set[ProgramItemParamType] = {
    "program",
}


def check_program_item_param_type(value: str) -> ProgramItemParamType:
    if value in PROGRAM_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_ITEM_PARAM_TYPE_VALUES!r}"
    )
