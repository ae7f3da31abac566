from typing import Literal

BetaToolSearchExecutionType = Literal["client", "server"]

BETA_TOOL_SEARCH_EXECUTION_TYPE_VALUES: set[BetaToolSearchExecutionType] = {
    "client",
    "server",
}


def check_beta_tool_search_execution_type(value: str) -> BetaToolSearchExecutionType:
    if value in BETA_TOOL_SEARCH_EXECUTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOOL_SEARCH_EXECUTION_TYPE_VALUES!r}"
    )
