from typing import Literal

MCPToolExecutionErrorType = Literal["mcp_tool_execution_error"]

MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES: set[MCPToolExecutionErrorType] = {
    "mcp_tool_execution_error",
}


def check_mcp_tool_execution_error_type(value: str) -> MCPToolExecutionErrorType:
    if value in MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES!r}"
    )
