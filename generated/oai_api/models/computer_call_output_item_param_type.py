from typing import Literal

ComputerCallOutputItemParamType = Literal["computer_call_output"]

COMPUTER_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[ComputerCallOutputItemParamType] = {
    "computer_call_output",
}


def check_computer_call_output_item_param_type(
    value: str,
) -> ComputerCallOutputItemParamType:
    if value in COMPUTER_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
