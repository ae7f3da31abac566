from typing import Literal

ProgramOutputItemParamType = Literal["program_output"]

PROGRAM_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[ProgramOutputItemParamType] = {
    "program_output",
}


def check_program_output_item_param_type(value: str) -> ProgramOutputItemParamType:
    if value in PROGRAM_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
