from typing import Literal

BetaToolSearchToolParamType = Literal["tool_search"]

BETA_TOOL_SEARCH_TOOL_PARAM_TYPE_VALUES: set[BetaToolSearchToolParamType] = {
    "tool_search",
}


def check_beta_tool_search_tool_param_type(value: str) -> BetaToolSearchToolParamType:
    if value in BETA_TOOL_SEARCH_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_SEARCH_TOOL_PARAM_TYPE_VALUES!r}"
    )
