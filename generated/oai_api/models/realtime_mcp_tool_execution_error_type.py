from typing import Literal

RealtimeMCPToolExecutionErrorType = Literal["tool_execution_error"]

REALTIME_MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES: set[
    RealtimeMCPToolExecutionErrorType
] = {
    "tool_execution_error",
}


def check_realtime_mcp_tool_execution_error_type(
    value: str,
) -> RealtimeMCPToolExecutionErrorType:
    if value in REALTIME_MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES!r}"
    )
