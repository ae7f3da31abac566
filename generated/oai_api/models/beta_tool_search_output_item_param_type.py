from typing import Literal

BetaToolSearchOutputItemParamType = Literal["tool_search_output"]

BETA_TOOL_SEARCH_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[
    BetaToolSearchOutputItemParamType
] = {
    "tool_search_output",
}


def check_beta_tool_search_output_item_param_type(
    value: str,
) -> BetaToolSearchOutputItemParamType:
    if value in BETA_TOOL_SEARCH_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_SEARCH_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
