from typing import Literal

ToolSearchExecutionType = Literal["client", "server"]

TOOL_SEARCH_EXECUTION_TYPE_VALUES: set[ToolSearchExecutionType] = {
    "client",
    "server",
}


def check_tool_search_execution_type(value: str) -> ToolSearchExecutionType:
    if value in TOOL_SEARCH_EXECUTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_EXECUTION_TYPE_VALUES!r}"
    )
