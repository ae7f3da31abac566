from typing import Literal

BetaToolSearchOutputType = Literal["tool_search_output"]

BETA_TOOL_SEARCH_OUTPUT_TYPE_VALUES: set[BetaToolSearchOutputType] = {
    "tool_search_output",
}


def check_beta_tool_search_output_type(value: str) -> BetaToolSearchOutputType:
    if value in BETA_TOOL_SEARCH_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_SEARCH_OUTPUT_TYPE_VALUES!r}"
    )
