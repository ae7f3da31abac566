from typing import Literal

BetaProgramOutputItemParamType = Literal["program_output"]

BETA_PROGRAM_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[BetaProgramOutputItemParamType] = {
    "program_output",
}


def check_beta_program_output_item_param_type(
    value: str,
) -> BetaProgramOutputItemParamType:
    if value in BETA_PROGRAM_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAM_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
