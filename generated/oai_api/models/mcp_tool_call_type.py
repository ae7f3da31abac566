from typing import Literal

MCPToolCallType = Literal["mcp_call"]

MCP_TOOL_CALL_TYPE_VALUES: set[MCPToolCallType] = {
    "mcp_call",
}


def check_mcp_tool_call_type(value: str) -> MCPToolCallType:
    if value in MCP_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_TOOL_CALL_TYPE_VALUES!r}"
    )
