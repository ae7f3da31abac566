from typing import Literal

BetaMCPToolExecutionErrorType = Literal["mcp_tool_execution_error"]

BETA_MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES: set[BetaMCPToolExecutionErrorType] = {
    "mcp_tool_execution_error",
}


def check_beta_mcp_tool_execution_error_type(
    value: str,
) -> BetaMCPToolExecutionErrorType:
    if value in BETA_MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MCP_TOOL_EXECUTION_ERROR_TYPE_VALUES!r}"
    )
