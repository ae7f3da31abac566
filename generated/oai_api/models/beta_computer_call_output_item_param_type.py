from typing import Literal

BetaComputerCallOutputItemParamType = Literal["computer_call_output"]

BETA_COMPUTER_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[
    BetaComputerCallOutputItemParamType
] = {
    "computer_call_output",
}


def check_beta_computer_call_output_item_param_type(
    value: str,
) -> BetaComputerCallOutputItemParamType:
    if value in BETA_COMPUTER_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
