from typing import Literal

BetaProgramItemParamType = Literal["program"]

BETA_PROGRAM_ITEM_PARAM_TYPE_VALUES: set[BetaProgramItemParamType] = {
    "program",
}


def check_beta_program_item_param_type(value: str) -> BetaProgramItemParamType:
    if value in BETA_PROGRAM_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_PROGRAM_ITEM_PARAM_TYPE_VALUES!r}"
    )
